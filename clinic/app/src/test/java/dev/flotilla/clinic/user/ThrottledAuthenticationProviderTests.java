package dev.flotilla.clinic.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import dev.flotilla.clinic.audit.AuditLog;
import dev.flotilla.platform.security.throttle.LoginThrottle;
import dev.flotilla.platform.security.throttle.LoginThrottleProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

/**
 * The clinic's form login behind the platform's throttle, with a clock the test moves.
 */
class ThrottledAuthenticationProviderTests {

	private static final String ATTACKER = "203.0.113.66";

	private final MovableClock clock = new MovableClock();

	/** Accepts a password equal to the user name. */
	private final AuthenticationProvider passwords = new AuthenticationProvider() {

		@Override
		public Authentication authenticate(Authentication authentication) {
			if (!authentication.getName().equals(authentication.getCredentials())) {
				throw new BadCredentialsException("wrong");
			}
			return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, null);
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return true;
		}

	};

	private final ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(this.passwords,
			new LoginThrottle(LoginThrottleProperties.defaults(), this.clock), mock(AuditLog.class));

	@Test
	void attackerFailuresForAdminDoNotStopAdminFromAnotherAddress() {
		failFiveTimes("admin", ATTACKER);
		assertThatExceptionOfType(LoginThrottledAuthenticationException.class)
			.isThrownBy(() -> login("admin", "admin", ATTACKER));
		assertThat(login("admin", "admin", "192.168.1.20").isAuthenticated()).isTrue();
	}

	@Test
	void attackerWaitsGrowAtEachFurtherFailure() {
		failFiveTimes("admin", ATTACKER);
		for (long seconds : new long[] { 5, 10, 20, 40 }) {
			assertThatExceptionOfType(LoginThrottledAuthenticationException.class)
				.isThrownBy(() -> login("admin", "admin", ATTACKER))
				.satisfies((ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(seconds));
			this.clock.advance(Duration.ofSeconds(seconds));
			assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> login("admin", "x", ATTACKER));
		}
	}

	@Test
	void otherUsersFromTheSameAddressAreNotBlocked() {
		failFiveTimes("admin", ATTACKER);
		assertThat(login("infirmier", "infirmier", ATTACKER).isAuthenticated()).isTrue();
	}

	@Test
	void theCeilingPerAddressAppliesAcrossAccounts() {
		for (int i = 0; i < 100; i++) {
			String name = "nobody" + i;
			assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> login(name, "x", ATTACKER));
		}
		assertThatExceptionOfType(LoginThrottledAuthenticationException.class)
			.isThrownBy(() -> login("infirmier", "infirmier", ATTACKER));
		assertThat(login("infirmier", "infirmier", "192.168.1.21").isAuthenticated()).isTrue();
	}

	private void failFiveTimes(String username, String address) {
		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> login(username, "wrong", address));
		}
	}

	private Authentication login(String username, String password, String address) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		token.setDetails(new WebAuthenticationDetails(address, null));
		return this.provider.authenticate(token);
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
