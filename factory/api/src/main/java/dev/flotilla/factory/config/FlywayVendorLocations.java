package dev.flotilla.factory.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * MariaDB gets its own copy of each migration (identity columns and instant types
 * differ); H2, which runs in PostgreSQL mode, shares PostgreSQL's.
 */
@Component
class FlywayVendorLocations implements FlywayConfigurationCustomizer {

	@Override
	public void customize(FluentConfiguration configuration) {
		String folder = isMariaDb(configuration.getDataSource()) ? "mariadb" : "standard";
		configuration.locations("classpath:db/migration/" + folder);
	}

	private static boolean isMariaDb(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
			return product.contains("mariadb") || product.contains("mysql");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the database to choose its migrations", ex);
		}
	}

}
