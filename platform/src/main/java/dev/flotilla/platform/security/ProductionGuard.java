package dev.flotilla.platform.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

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

import dev.flotilla.platform.security.jwt.PlatformJwtProperties;

/**
 * Refuses to start the {@code prod} profile while a secret still has its built-in
 * default. A system lists its secrets in {@code platform.prod-guard.secrets}; the bearer
 * token key {@code platform.security.jwt.secret} is always guarded once a system sets it.
 * A secret is a default when its effective value is blank or equals the value the
 * packaged {@code application*.properties} alone would give it (for example the fallback
 * of {@code ${JWT_SECRET:local-dev-secret}}). A secret is reported under the last
 * property its packaged value refers to and the variable that property reads, so
 * {@code platform.security.jwt.secret=${shop.jwt.secret}} with
 * {@code shop.jwt.secret=${JWT_SECRET:…}} reads {@code shop.jwt.secret (JWT_SECRET)}.
 */
public class ProductionGuard implements EnvironmentPostProcessor, Ordered {

	static final String SECRETS_PROPERTY = "platform.prod-guard.secrets";

	/** Always guarded when set (a compile-time constant: no JWT class is loaded). */
	static final String JWT_SECRET_PROPERTY = PlatformJwtProperties.SECRET;

	/** How many property-to-property references a report follows. */
	private static final int MAX_ALIASES = 8;

	private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Za-z0-9_.-]+)");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		Set<String> secrets = new LinkedHashSet<>(
				Binder.get(environment).bind(SECRETS_PROPERTY, String[].class).map(List::of).orElse(List.of()));
		if (environment.containsProperty(JWT_SECRET_PROPERTY)) {
			secrets.add(JWT_SECRET_PROPERTY);
		}
		PropertySourcesPropertyResolver packaged = packagedOnly(environment);
		Set<String> offenders = new LinkedHashSet<>();
		for (String secret : secrets) {
			String effective = environment.getProperty(secret, "");
			String builtIn = packaged.getProperty(secret);
			if (effective.isBlank() || effective.equals(builtIn)) {
				offenders.add(describe(secret, environment));
			}
		}
		if (!offenders.isEmpty()) {
			throw new DefaultSecretException(List.copyOf(offenders));
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
		String name = secret;
		for (int i = 0; i < MAX_ALIASES; i++) {
			String reference = reference(packagedRaw(name, environment));
			if (reference == null) {
				return name;
			}
			if (packagedRaw(reference, environment) == null) {
				return name + " (" + reference + ")";
			}
			name = reference;
		}
		return name;
	}

	/**
	 * The value a packaged {@code application*.properties} gives a property, placeholders
	 * unresolved.
	 */
	private static @Nullable Object packagedRaw(String property, ConfigurableEnvironment environment) {
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (source.getName().contains("class path resource") && source instanceof OriginLookup<?>) {
				Object raw = source.getProperty(property);
				if (raw != null) {
					return raw;
				}
			}
		}
		return null;
	}

	/**
	 * The property or variable a value starts by referring to, as in {@code ${NAME:…}}.
	 */
	private static @Nullable String reference(@Nullable Object raw) {
		if (raw == null) {
			return null;
		}
		Matcher matcher = PLACEHOLDER.matcher(String.valueOf(raw));
		return matcher.find() ? matcher.group(1) : null;
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 100;
	}

}
