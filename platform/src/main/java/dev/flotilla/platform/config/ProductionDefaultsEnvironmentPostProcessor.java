package dev.flotilla.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Under the {@code prod} profile, adds the platform's production defaults (secure session
 * cookies, the actuator on a management port of its own) to the lowest-precedence default
 * properties. Runs after config data, so a profile activated in a file counts too.
 */
public class ProductionDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	private static final String DEFAULTS = "dev/flotilla/platform/platform-prod-defaults.properties";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		Map<String, Object> defaults = new HashMap<>();
		try {
			PropertiesLoaderUtils.loadProperties(new ClassPathResource(DEFAULTS))
				.forEach((key, value) -> defaults.put((String) key, value));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the platform's production defaults " + DEFAULTS, ex);
		}
		DefaultPropertiesPropertySource.addOrMerge(defaults, environment.getPropertySources());
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
