package dev.flotilla.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@link LoginThrottle}.
 *
 * @param maxFailures failed logins allowed per username or client within the window
 * @param window the sliding window
 */
@ConfigurationProperties("platform.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") int maxFailures, @DefaultValue("1m") Duration window) {
}
