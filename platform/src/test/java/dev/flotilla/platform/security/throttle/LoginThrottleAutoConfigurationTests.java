package dev.flotilla.platform.security.throttle;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LoginThrottleAutoConfiguration.class));

	@Test
	void bindsTheDefaultsAndAnOverride() {
		this.runner.withPropertyValues("platform.login-throttle.client-max-failures=300").run((context) -> {
			assertThat(context).hasSingleBean(LoginThrottle.class);
			LoginThrottleProperties properties = context.getBean(LoginThrottleProperties.class);
			assertThat(properties.freeFailures()).isEqualTo(5);
			assertThat(properties.initialDelay()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.maxDelay()).isEqualTo(Duration.ofMinutes(15));
			assertThat(properties.clientWindow()).isEqualTo(Duration.ofMinutes(15));
			assertThat(properties.clientMaxFailures()).isEqualTo(300);
		});
	}

	@Test
	void refusesToStartOnAZeroDelay() {
		this.runner.withPropertyValues("platform.login-throttle.initial-delay=0s")
			.run((context) -> assertThat(context).hasFailed());
	}

}
