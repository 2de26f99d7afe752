package dev.flotilla.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final MutableClock clock = new MutableClock();

	private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(1), this.clock);

	@Test
	void allowsFiveFailuresThenBlocksUntilTheOldestLeavesTheWindow() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.throttle.retryAfter("user:alice")).isEmpty();
			this.throttle.recordFailure("user:alice");
			this.clock.advance(Duration.ofSeconds(1));
		}
		assertThat(this.throttle.retryAfter("user:alice")).contains(Duration.ofSeconds(55));
		this.clock.advance(Duration.ofSeconds(55));
		assertThat(this.throttle.retryAfter("user:alice")).isEmpty();
	}

	@Test
	void blocksWhenAnyKeyIsOverTheLimit() {
		for (int i = 0; i < 5; i++) {
			this.throttle.recordFailure("user:u" + i, "ip:10.0.0.1");
		}
		assertThat(this.throttle.retryAfter("user:fresh", "ip:10.0.0.1")).isPresent();
		assertThat(this.throttle.retryAfter("user:fresh", "ip:10.0.0.2")).isEmpty();
	}

	@Test
	void resetForgetsAKey() {
		for (int i = 0; i < 5; i++) {
			this.throttle.recordFailure("user:bob");
		}
		this.throttle.reset("user:bob");
		assertThat(this.throttle.retryAfter("user:bob")).isEmpty();
	}

	@Test
	void roundsTheWaitUpToWholeSeconds() {
		for (int i = 0; i < 5; i++) {
			this.throttle.recordFailure("user:carol");
		}
		this.clock.advance(Duration.ofMillis(59_500));
		assertThat(this.throttle.retryAfter("user:carol")).contains(Duration.ofSeconds(1));
	}

	@Test
	void exceptionCarriesRetryAfterHeader() {
		LoginThrottledException ex = new LoginThrottledException(Duration.ofSeconds(42));
		assertThat(ex.getStatus().value()).isEqualTo(429);
		assertThat(ex.getHeaders().getFirst("Retry-After")).isEqualTo("42");
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
