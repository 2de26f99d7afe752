package dev.flotilla.platform.security;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.config.observation.SecurityObservationSettings;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityObservationAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SecurityObservationAutoConfiguration.class));

	@Test
	void turnsSpringSecurityObservationsOffByDefault() {
		this.runner.run((context) -> {
			SecurityObservationSettings settings = context.getBean(SecurityObservationSettings.class);
			assertThat(settings.shouldObserveRequests()).isFalse();
			assertThat(settings.shouldObserveAuthentications()).isFalse();
			assertThat(settings.shouldObserveAuthorizations()).isFalse();
		});
	}

	@Test
	void leavesSpringSecurityDefaultsWhenObservationsAreAskedFor() {
		this.runner.withPropertyValues("platform.security.observations=true")
			.run((context) -> assertThat(context).doesNotHaveBean(SecurityObservationSettings.class));
	}

	@Test
	void keepsASystemsOwnSettings() {
		SecurityObservationSettings own = SecurityObservationSettings.withDefaults().build();
		this.runner.withBean(SecurityObservationSettings.class, () -> own)
			.run((context) -> assertThat(context.getBean(SecurityObservationSettings.class)).isSameAs(own));
	}

}
