package dev.flotilla.clinic.db;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	SqlDialect sqlDialect(DataSource dataSource) {
		return SqlDialect.of(dataSource);
	}

	@Bean
	FlywayConfigurationCustomizer clinicFlywayPlaceholders(SqlDialect dialect) {
		return (configuration) -> configuration.placeholders(Map.of("user_table", dialect.userTable(), "identity",
				dialect.identity(), "table_options", dialect.tableOptions()));
	}

}
