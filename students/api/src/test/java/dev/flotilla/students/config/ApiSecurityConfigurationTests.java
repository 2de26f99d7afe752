package dev.flotilla.students.config;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.flotilla.platform.error.ApiErrors;
import dev.flotilla.platform.security.throttle.LoginThrottle;
import dev.flotilla.platform.security.throttle.LoginThrottleProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The students API's Basic filter as configured, with the packaged throttle limits. */
class ApiSecurityConfigurationTests {

	private static final String ATTACKER = "203.0.113.66";

	private final MovableClock clock = new MovableClock();

	private final AtomicInteger hashes = new AtomicInteger();

	private final Filter filter = filter();

	@ParameterizedTest(name = "{0} wrong passwords -> {1} x 401")
	@CsvSource({ "5, 5", "6, 5", "50, 5" })
	void wrongBasicPasswordsAreThrottledAfterFive(int attempts, int unauthorized) throws Exception {
		int count = 0;
		for (int i = 0; i < attempts; i++) {
			count += (send("root:guess" + i, ATTACKER).getStatus() == 401) ? 1 : 0;
		}
		assertThat(count).isEqualTo(unauthorized);
	}

	@Test
	void theAttackerGetsGrowingRetryAfterAndTheRealUserStillGetsIn() throws Exception {
		for (int i = 0; i < 5; i++) {
			MockHttpServletResponse refused = send("root:guess" + i, ATTACKER);
			assertThat(refused.getContentAsString()).isEqualTo("{\"error\":\"Unauthorized access\"}");
		}
		for (long seconds : new long[] { 5, 10, 20 }) {
			MockHttpServletResponse throttled = send("root:root", ATTACKER);
			assertThat(throttled.getStatus()).isEqualTo(429);
			assertThat(throttled.getHeader("Retry-After")).isEqualTo(Long.toString(seconds));
			assertThat(throttled.getContentAsString()).contains("\"error\":\"too_many_requests\"",
					"Trop de tentatives de connexion");
			this.clock.advance(Duration.ofSeconds(seconds));
			assertThat(send("root:guess", ATTACKER).getStatus()).isEqualTo(401);
		}
		assertThat(send("root:root", "192.168.1.20").getStatus()).isEqualTo(200);
	}

	@Test
	void theCeilingPerClientAppliesAcrossClaimedUsers() throws Exception {
		for (int i = 0; i < 100; i++) {
			assertThat(send("user" + i + ":guess", ATTACKER).getStatus()).isEqualTo(401);
		}
		assertThat(send("root:root", ATTACKER).getStatus()).isEqualTo(429);
		assertThat(send("root:root", "192.168.1.20").getStatus()).isEqualTo(200);
	}

	@Test
	void theVerifiedCredentialsCacheStillSparesTheHash() throws Exception {
		for (int i = 0; i < 5; i++) {
			send("root:guess" + i, ATTACKER);
		}
		int before = this.hashes.get();
		for (int i = 0; i < 20; i++) {
			assertThat(send("root:root", "192.168.1.20").getStatus()).isEqualTo(200);
		}
		assertThat(this.hashes.get() - before).isEqualTo(1);
	}

	private Filter filter() {
		PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		PasswordEncoder counting = new PasswordEncoder() {

			@Override
			public String encode(CharSequence raw) {
				return delegate.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				ApiSecurityConfigurationTests.this.hashes.incrementAndGet();
				return delegate.matches(raw, encoded);
			}

		};
		JsonMapper mapper = JsonMapper.builder().build();
		return new ApiSecurityConfiguration()
			.basicAuthenticationFilter(new StudentsCredentials("root", "root"), counting,
					new ApiErrors(List.of(new SeedErrorBodies()), mapper), mapper,
					new LoginThrottle(LoginThrottleProperties.defaults(), this.clock))
			.getFilter();
	}

	private MockHttpServletResponse send(String credentials, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/supmit/api/v1.0/get_student_ages");
		request.setRemoteAddr(address);
		request.addHeader("Authorization",
				"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
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
