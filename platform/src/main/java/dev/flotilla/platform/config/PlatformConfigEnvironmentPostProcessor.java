package dev.flotilla.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Adds the platform's defaults (health probes, graceful shutdown, Swagger UI at
 * {@code /apidocs}, JSON errors...) as Spring Boot's lowest-precedence default
 * properties, and imports an optional {@code .env} file from the working directory, which
 * the seeds use for local configuration. Real environment variables still win over
 * {@code .env}, and {@code .env} wins over a system's {@code application.properties}.
 */
public class PlatformConfigEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/**
	 * Runs before config data is loaded, so that the {@code .env} import is processed.
	 */
	public static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER - 1;

	static final String DOTENV_IMPORT = "optional:file:${platform.dotenv.path:./.env}[.properties]";

	private static final String DEFAULTS = "dev/flotilla/platform/platform-defaults.properties";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new HashMap<>();
		loadDefaults().forEach((key, value) -> defaults.put((String) key, value));
		defaults.put("spring.config.import", DOTENV_IMPORT);
		DefaultPropertiesPropertySource.addOrMerge(defaults, environment.getPropertySources());
	}

	private static Properties loadDefaults() {
		try {
			return PropertiesLoaderUtils.loadProperties(new ClassPathResource(DEFAULTS));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the platform defaults " + DEFAULTS, ex);
		}
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
