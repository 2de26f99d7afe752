package dev.flotilla.shop.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.flotilla.platform.error.ApiException;
import dev.flotilla.platform.security.throttle.LoginThrottle;
import dev.flotilla.platform.security.throttle.LoginThrottleProperties;
import dev.flotilla.platform.security.throttle.LoginThrottledException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** The shop's login behind the platform's throttle, with a clock the test moves. */
class AuthApiControllerThrottleTests {

	private static final String ATTACKER = "203.0.113.66";

	private final MovableClock clock = new MovableClock();

	private AuthApiController controller;

	@BeforeEach
	void setUp() {
		UserRepository users = mock(UserRepository.class);
		given(users.findByUsername(anyString())).willReturn(Optional.empty());
		for (String name : new String[] { "admin", "marie" }) {
			given(users.findByUsername(name))
				.willReturn(Optional.of(new UserAccount(1, name, "pw-" + name, Role.CLIENT, Instant.EPOCH)));
		}
		TokenService tokens = mock(TokenService.class);
		given(tokens.issue(any())).willReturn(new TokenResponse("jeton", "Bearer", 3600, null));
		PasswordEncoder encoder = mock(PasswordEncoder.class);
		given(encoder.encode(any())).willReturn("decoy");
		given(encoder.matches(any(), any()))
			.willAnswer((call) -> ("pw-" + call.getArgument(0)).equals(call.getArgument(1)));
		this.controller = new AuthApiController(users, encoder, tokens,
				new LoginThrottle(LoginThrottleProperties.defaults(), this.clock));
	}

	@Test
	void attackerFailuresForAdminDoNotStopAdminFromAnotherClient() {
		failFiveTimes("admin", ATTACKER);
		assertThat(catchThrowable(() -> login("admin", "admin", ATTACKER))).isInstanceOf(LoginThrottledException.class);
		assertThat(login("admin", "admin", "192.168.1.20").jeton()).isEqualTo("jeton");
	}

	@Test
	void attackerGetsGrowingRetryAfterWithABilingualMessage() {
		failFiveTimes("admin", ATTACKER);
		long[] expected = { 5, 10, 20, 40 };
		for (long seconds : expected) {
			LoginThrottledException throttled = catchThrowableOfType(() -> login("admin", "x", ATTACKER));
			assertThat(throttled.getHeaders().getFirst("Retry-After")).isEqualTo(Long.toString(seconds));
			assertThat(throttled.getMessage()).startsWith("Trop de tentatives de connexion échouées ; réessayez dans "
					+ seconds + " s / Too many failed logins");
			this.clock.advance(Duration.ofSeconds(seconds));
			assertThatExceptionOfType(ApiException.class).isThrownBy(() -> login("admin", "x", ATTACKER))
				.satisfies((ex) -> assertThat(ex.getStatus().value()).isEqualTo(401));
		}
	}

	@Test
	void otherUsersFromTheSameAddressAreNotBlocked() {
		failFiveTimes("admin", ATTACKER);
		assertThat(login("marie", "marie", ATTACKER).jeton()).isEqualTo("jeton");
	}

	@Test
	void theCeilingPerClientAppliesAcrossAccounts() {
		for (int i = 0; i < 100; i++) {
			String name = "nobody" + i;
			assertThatExceptionOfType(ApiException.class).isThrownBy(() -> login(name, "x", ATTACKER))
				.satisfies((ex) -> assertThat(ex.getStatus().value()).isEqualTo(401));
		}
		assertThat(catchThrowable(() -> login("marie", "marie", ATTACKER))).isInstanceOf(LoginThrottledException.class);
		assertThat(login("marie", "marie", "192.168.1.21").jeton()).isEqualTo("jeton");
	}

	@Test
	void aSuccessResetsThePair() {
		failFiveTimes("admin", ATTACKER);
		this.clock.advance(Duration.ofSeconds(5));
		login("admin", "admin", ATTACKER);
		failFiveTimes("admin", ATTACKER);
	}

	private void failFiveTimes(String username, String address) {
		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(ApiException.class).isThrownBy(() -> login(username, "wrong", address))
				.satisfies((ex) -> assertThat(ex.getStatus().value()).isEqualTo(401));
		}
	}

	private LoginThrottledException catchThrowableOfType(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).isInstanceOf(LoginThrottledException.class);
		return (LoginThrottledException) thrown;
	}

	private TokenResponse login(String username, String password, String address) {
		MockHttpServletRequest http = new MockHttpServletRequest("POST", "/api/auth/login");
		http.setRemoteAddr(address);
		return this.controller.login(new LoginRequest(username, password), http);
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
