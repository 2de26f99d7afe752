package dev.flotilla.platform.logging;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Maps {@code LOG_FORMAT=json} onto Spring Boot's structured console logging (Elastic
 * Common Schema), after config data so that a {@code .env} file can set it too.
 */
public class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String STRUCTURED_FORMAT = "logging.structured.format.console";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String format = environment.getProperty("LOG_FORMAT", "text").trim().toLowerCase(Locale.ROOT);
		if ("json".equals(format) && !environment.containsProperty(STRUCTURED_FORMAT)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("platformLogFormat", Map.of(STRUCTURED_FORMAT, "ecs")));
		}
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
