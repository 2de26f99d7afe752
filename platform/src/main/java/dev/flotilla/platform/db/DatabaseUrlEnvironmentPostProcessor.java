package dev.flotilla.platform.db;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Maps {@code DATABASE_URL} (or the seeds' {@code DB_URL}) onto
 * {@code spring.datasource.*} with the highest precedence, so a deployment configures the
 * database exactly as the seeds document it. Runs after config data so that a
 * {@code .env} file can set it.
 */
public class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE_NAME = "platformDatabaseUrl";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("DATABASE_URL", environment.getProperty("DB_URL", ""));
		if (url.isBlank() || url.startsWith("jdbc:")) {
			if (url.startsWith("jdbc:")) {
				environment.getPropertySources()
					.addFirst(new MapPropertySource(SOURCE_NAME, Map.of("spring.datasource.url", url)));
			}
			return;
		}
		DatabaseUrl parsed = DatabaseUrl.parse(url);
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", parsed.jdbcUrl());
		properties.put("spring.datasource.driver-class-name", parsed.driverClassName());
		if (parsed.username() != null) {
			properties.put("spring.datasource.username", parsed.username());
		}
		if (parsed.password() != null) {
			properties.put("spring.datasource.password", parsed.password());
		}
		environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
