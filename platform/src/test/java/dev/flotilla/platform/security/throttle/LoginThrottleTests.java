package dev.flotilla.platform.security.throttle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoginThrottleTests {

	private final MutableClock clock = new MutableClock();

	private final LoginThrottle throttle = new LoginThrottle(LoginThrottleProperties.defaults(), this.clock);

	@ParameterizedTest(name = "failure {0} -> wait {1} s")
	@CsvSource({ "1, 0", "4, 0", "5, 5", "6, 10", "7, 20", "8, 40", "12, 640", "13, 900", "14, 900", "1000, 900" })
	void delayGrowsExponentiallyAfterTheFreeFailuresUpToTheCap(int failures, long seconds) {
		assertThat(this.throttle.delayAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
	}

	@Test
	void anAttackerIsSlowedWithGrowingRetryAfterWhileTheRealUserLogsInFromAnotherClient() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.throttle.retryAfter("admin", "10.0.0.66")).isEmpty();
			this.throttle.recordFailure("admin", "10.0.0.66");
		}
		List<Long> waits = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Duration wait = this.throttle.retryAfter("admin", "10.0.0.66").orElseThrow();
			waits.add(wait.toSeconds());
			this.clock.advance(wait);
			assertThat(this.throttle.retryAfter("admin", "10.0.0.66")).isEmpty();
			this.throttle.recordFailure("admin", "10.0.0.66");
		}
		assertThat(waits).containsExactly(5L, 10L, 20L, 40L);
		assertThat(this.throttle.retryAfter("admin", "192.168.1.20")).isEmpty();
		assertThat(this.throttle.retryAfter("someone-else", "10.0.0.66")).isEmpty();
	}

	@Test
	void accountNamesAreComparedWithoutCaseOrSurroundingSpaces() {
		for (int i = 0; i < 5; i++) {
			this.throttle.recordFailure((i % 2 == 0) ? "Admin" : " admin ", "10.0.0.1");
		}
		assertThat(this.throttle.retryAfter("ADMIN", "10.0.0.1")).contains(Duration.ofSeconds(5));
	}

	@Test
	void aSuccessResetsThePair() {
		for (int i = 0; i < 7; i++) {
			this.throttle.recordFailure("bob", "10.0.0.2");
		}
		this.clock.advance(Duration.ofMinutes(1));
		this.throttle.recordSuccess("bob", "10.0.0.2");
		this.throttle.recordFailure("bob", "10.0.0.2");
		assertThat(this.throttle.retryAfter("bob", "10.0.0.2")).isEmpty();
	}

	@Test
	void aPairIsForgottenAnHourAfterItsLastFailure() {
		for (int i = 0; i < 6; i++) {
			this.throttle.recordFailure("carol", "10.0.0.3");
		}
		this.clock.advance(Duration.ofMinutes(61));
		this.throttle.recordFailure("carol", "10.0.0.3");
		assertThat(this.throttle.retryAfter("carol", "10.0.0.3")).isEmpty();
	}

	@Test
	void oneClientFailingOverManyAccountsMeetsTheCeilingButOthersDoNot() {
		for (int i = 0; i < 99; i++) {
			this.throttle.recordFailure("user" + i, "203.0.113.7");
		}
		assertThat(this.throttle.retryAfter("admin", "203.0.113.7")).isEmpty();
		this.clock.advance(Duration.ofMinutes(5));
		this.throttle.recordFailure("user99", "203.0.113.7");
		assertThat(this.throttle.retryAfter("admin", "203.0.113.7")).contains(Duration.ofMinutes(10));
		assertThat(this.throttle.retryAfter("admin", "203.0.113.8")).isEmpty();
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(this.throttle.retryAfter("admin", "203.0.113.7")).isEmpty();
	}

	@Test
	void aRefusedAttemptIsNotCountedSoTheWaitDoesNotGrowByRetrying() {
		for (int i = 0; i < 5; i++) {
			this.throttle.recordFailure("dave", "10.0.0.4");
		}
		for (int i = 0; i < 10; i++) {
			Optional<Duration> wait = this.throttle.retryAfter("dave", "10.0.0.4");
			assertThat(wait).contains(Duration.ofSeconds(5));
		}
	}

	@Test
	void roundsTheWaitUpToWholeSeconds() {
		for (int i = 0; i < 5; i++) {
			this.throttle.recordFailure("erin", "10.0.0.5");
		}
		this.clock.advance(Duration.ofMillis(4_500));
		assertThat(this.throttle.retryAfter("erin", "10.0.0.5")).contains(Duration.ofSeconds(1));
	}

	@Test
	void overlongNamesShareOneBoundedKey() {
		String longName = "x".repeat(10_000);
		for (int i = 0; i < 5; i++) {
			this.throttle.recordFailure(longName + i, "10.0.0.6");
		}
		assertThat(this.throttle.retryAfter(longName, "10.0.0.6")).isPresent();
	}

	@Test
	void refusesSettingsThatWouldSwitchItOff() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LoginThrottleProperties(5, Duration.ZERO,
				Duration.ofMinutes(15), Duration.ofHours(1), 100, Duration.ofMinutes(15)));
		assertThatIllegalArgumentException().isThrownBy(() -> new LoginThrottleProperties(5, Duration.ofSeconds(5),
				Duration.ofMinutes(15), Duration.ofHours(1), 0, Duration.ofMinutes(15)));
	}

	@Test
	void exceptionCarriesRetryAfterAndAFrenchMessage() {
		LoginThrottledException ex = new LoginThrottledException(Duration.ofSeconds(42));
		assertThat(ex.getStatus().value()).isEqualTo(429);
		assertThat(ex.getError()).isEqualTo("too_many_requests");
		assertThat(ex.getHeaders().getFirst("Retry-After")).isEqualTo("42");
		assertThat(ex.getMessage()).isEqualTo("Trop de tentatives de connexion échouées ; réessayez dans 42 s");
	}

}
