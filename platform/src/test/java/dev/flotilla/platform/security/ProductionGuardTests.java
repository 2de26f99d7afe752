package dev.flotilla.platform.security;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The test resources' application.properties declares {@code test.secret} as a secret
 * with the built-in default {@code ${TEST_SECRET:local-only-default}}.
 */
class ProductionGuardTests {

	@Test
	void prodProfileRefusesToStartOnTheBuiltInDefault() {
		assertThatThrownBy(() -> start("--spring.profiles.active=prod")).isInstanceOf(DefaultSecretException.class)
			.hasMessageContaining("test.secret (TEST_SECRET)")
			.hasMessageNotContaining("local-only-default");
	}

	@Test
	void prodProfileRefusesTheDefaultValueEvenWhenSetExplicitly() {
		assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--TEST_SECRET=local-only-default"))
			.isInstanceOf(DefaultSecretException.class);
	}

	@Test
	void prodProfileRefusesABlankSecret() {
		assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--TEST_SECRET= "))
			.isInstanceOf(DefaultSecretException.class);
	}

	@Test
	void prodProfileStartsWithARealSecret() {
		assertThatNoException().isThrownBy(() -> start("--spring.profiles.active=prod", "--TEST_SECRET=Xk9-real"));
	}

	@Test
	void withoutProdProfileTheLocalDefaultIsAccepted() {
		assertThatNoException().isThrownBy(() -> start());
	}

	@Test
	void prodProfileGuardsTheJwtSecretUnasked() {
		assertThatThrownBy(() -> start("--spring.config.name=guard-jwt", "--spring.profiles.active=prod"))
			.isInstanceOfSatisfying(DefaultSecretException.class, (refused) -> assertThat(refused.getOffenders())
				.containsExactly("example.jwt.secret (EXAMPLE_JWT_SECRET)"));
	}

	@Test
	void aJwtSecretListedTooIsReportedOnce() {
		assertThatThrownBy(() -> start("--spring.config.name=guard-jwt", "--spring.profiles.active=prod",
				"--platform.prod-guard.secrets=example.jwt.secret"))
			.isInstanceOfSatisfying(DefaultSecretException.class, (refused) -> assertThat(refused.getOffenders())
				.containsExactly("example.jwt.secret (EXAMPLE_JWT_SECRET)"));
	}

	@Test
	void prodProfileStartsWithARealJwtSecret() {
		assertThatNoException().isThrownBy(() -> start("--spring.config.name=guard-jwt",
				"--spring.profiles.active=prod", "--EXAMPLE_JWT_SECRET=a-real-key-of-at-least-thirty-two-bytes"));
	}

	@Test
	void failureReportNamesTheSecretsAndTheFixButNoValue() {
		DefaultSecretException failure = new DefaultSecretException(java.util.List.of("test.secret (TEST_SECRET)"));
		FailureAnalysis analysis = new DefaultSecretFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains("'prod' profile").contains("test.secret (TEST_SECRET)");
		assertThat(analysis.getAction()).contains("environment");
	}

	private static void start(String... args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
			.web(WebApplicationType.NONE)
			.run(args)) {
			assertThat(context.isActive()).isTrue();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
