package dev.flotilla.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.PropertySourcesPropertyResolver;

/**
 * Refuses to start the {@code prod} profile while a secret still has its built-in
 * default. A system lists its secrets in {@code platform.prod-guard.secrets}; a secret is
 * a default when its effective value is blank or equals the value the packaged
 * {@code application*.properties} alone would give it (for example the fallback of
 * {@code ${JWT_SECRET:local-dev-secret}}).
 */
public class ProductionGuard implements EnvironmentPostProcessor, Ordered {

	static final String SECRETS_PROPERTY = "platform.prod-guard.secrets";

	private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Za-z0-9_.-]+)");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		List<String> secrets = Binder.get(environment)
			.bind(SECRETS_PROPERTY, String[].class)
			.map(List::of)
			.orElse(List.of());
		PropertySourcesPropertyResolver packaged = packagedOnly(environment);
		List<String> offenders = new ArrayList<>();
		for (String secret : secrets) {
			String effective = environment.getProperty(secret, "");
			String builtIn = packaged.getProperty(secret);
			if (effective.isBlank() || effective.equals(builtIn)) {
				offenders.add(describe(secret, environment));
			}
		}
		if (!offenders.isEmpty()) {
			throw new DefaultSecretException(offenders);
		}
	}

	private static PropertySourcesPropertyResolver packagedOnly(ConfigurableEnvironment environment) {
		MutablePropertySources packaged = new MutablePropertySources();
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (source.getName().contains("class path resource")) {
				packaged.addLast(source);
			}
		}
		PropertySourcesPropertyResolver resolver = new PropertySourcesPropertyResolver(packaged);
		resolver.setIgnoreUnresolvableNestedPlaceholders(true);
		return resolver;
	}

	private static String describe(String secret, ConfigurableEnvironment environment) {
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (source.getName().contains("class path resource") && source instanceof OriginLookup<?>) {
				Object raw = source.getProperty(secret);
				Matcher matcher = PLACEHOLDER.matcher(String.valueOf(raw));
				if (raw != null && matcher.find()) {
					return secret + " (" + matcher.group(1) + ")";
				}
			}
		}
		return secret;
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 100;
	}

}
