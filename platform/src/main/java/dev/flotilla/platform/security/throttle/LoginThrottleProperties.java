package dev.flotilla.platform.security.throttle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@link LoginThrottle}.
 *
 * @param freeFailures consecutive failures of one (account, client) pair before it must
 * wait
 * @param initialDelay the pair's first wait; each further failure doubles it
 * @param maxDelay the longest wait of a pair
 * @param pairMemory how long a pair's failures are remembered after its last one
 * @param clientMaxFailures failures one client may have across all accounts within
 * {@code clientWindow} (high: an office behind one NAT address shares it)
 * @param clientWindow the window of the per-client ceiling, from the client's first
 * failure in it
 */
@ConfigurationProperties("platform.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") int freeFailures, @DefaultValue("5s") Duration initialDelay,
		@DefaultValue("15m") Duration maxDelay, @DefaultValue("1h") Duration pairMemory,
		@DefaultValue("100") int clientMaxFailures, @DefaultValue("15m") Duration clientWindow) {

	public LoginThrottleProperties {
		if (freeFailures < 0 || clientMaxFailures < 1 || !positive(initialDelay) || !positive(maxDelay)
				|| !positive(pairMemory) || !positive(clientWindow)) {
			throw new IllegalArgumentException(
					"platform.login-throttle needs free-failures >= 0, client-max-failures >= 1 and positive durations");
		}
	}

	/**
	 * The defaults.
	 * @return the settings with every default
	 */
	public static LoginThrottleProperties defaults() {
		return new LoginThrottleProperties(5, Duration.ofSeconds(5), Duration.ofMinutes(15), Duration.ofHours(1), 100,
				Duration.ofMinutes(15));
	}

	private static boolean positive(Duration duration) {
		return !duration.isNegative() && !duration.isZero();
	}

}
