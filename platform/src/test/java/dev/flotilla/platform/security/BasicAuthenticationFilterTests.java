package dev.flotilla.platform.security;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import dev.flotilla.platform.error.ApiErrors;
import dev.flotilla.platform.security.throttle.LoginThrottle;
import dev.flotilla.platform.security.throttle.LoginThrottleProperties;
import dev.flotilla.platform.security.throttle.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BasicAuthenticationFilterTests {

	private final MutableClock clock = new MutableClock();

	private final BasicCredentialsVerifierTests.CountingEncoder encoder = new BasicCredentialsVerifierTests.CountingEncoder();

	private final BasicAuthenticationFilter filter = new BasicAuthenticationFilter(
			BasicCredentialsVerifier.ofPlainPassword("root", "s3cret", this.encoder), "Authentication Required",
			new ApiErrors(List.of(), JsonMapper.builder().build()), JsonMapper.builder().build(),
			new LoginThrottle(LoginThrottleProperties.defaults(), this.clock));

	@Test
	void letsValidCredentialsThrough() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
		request.addHeader("Authorization", BasicCredentialsVerifierTests.basic("root:s3cret"));
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void answersMissingCredentialsWith401AChallengeAndTheJsonErrorShape() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/x"), response, chain);
		assertThat(chain.getRequest()).isNull();
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"Authentication Required\"");
		assertThat(response.getContentType()).isEqualTo("application/json");
		assertThat(response.getContentAsString())
			.isEqualTo("{\"error\":\"unauthorized\",\"message\":\"Unauthorized access\"}");
	}

	@Test
	void answersWrongCredentialsWith401() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
		request.addHeader("Authorization", BasicCredentialsVerifierTests.basic("root:nope"));
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).isNull();
		assertThat(response.getStatus()).isEqualTo(401);
	}

	@Test
	void refusesARealmThatWouldBreakTheHeader() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BasicAuthenticationFilter(
				BasicCredentialsVerifier.ofPlainPassword("u", "p", new BasicCredentialsVerifierTests.CountingEncoder()),
				"a\"b", new ApiErrors(List.of(), JsonMapper.builder().build()), JsonMapper.builder().build(),
				new LoginThrottle(LoginThrottleProperties.defaults(), this.clock)));
	}

	@Test
	void wrongCredentialsFromOneClientAreThrottledWithGrowingWaitsButNotAnotherClients() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(send("root:guess" + i, "10.0.0.66").getStatus()).isEqualTo(401);
		}
		MockHttpServletResponse throttled = send("root:s3cret", "10.0.0.66");
		assertThat(throttled.getStatus()).isEqualTo(429);
		assertThat(throttled.getHeader("Retry-After")).isEqualTo("5");
		assertThat(throttled.getContentType()).isEqualTo("application/json");
		assertThat(throttled.getContentAsString()).isEqualTo(
				"{\"error\":\"too_many_requests\",\"message\":\"Trop de tentatives de connexion échouées ; réessayez dans 5 s\"}");
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(send("root:guess5", "10.0.0.66").getStatus()).isEqualTo(401);
		assertThat(send("root:s3cret", "10.0.0.66").getHeader("Retry-After")).isEqualTo("10");
		assertThat(send("root:s3cret", "192.168.1.20").getStatus()).isEqualTo(200);
	}

	@Test
	void aThrottledClientCannotTestGuessesAgainstTheVerifiedCache() throws Exception {
		assertThat(send("root:s3cret", "192.168.1.20").getStatus()).isEqualTo(200);
		for (int i = 0; i < 5; i++) {
			send("root:guess" + i, "10.0.0.66");
		}
		assertThat(send("root:s3cret", "10.0.0.66").getStatus()).isEqualTo(429);
	}

	@Test
	void theVerifiedCacheStillSparesTheHashWhileThrottlingRuns() throws Exception {
		int before = this.encoder.matches.get();
		for (int i = 0; i < 50; i++) {
			assertThat(send("root:s3cret", "192.168.1.20").getStatus()).isEqualTo(200);
		}
		assertThat(this.encoder.matches.get() - before).isEqualTo(1);
	}

	@Test
	void fiftyWrongPasswordsAreNotFifty401s() throws Exception {
		int unauthorized = 0;
		for (int i = 0; i < 50; i++) {
			unauthorized += (send("root:guess" + i, "10.0.0.66").getStatus() == 401) ? 1 : 0;
		}
		assertThat(unauthorized).isEqualTo(5);
	}

	@Test
	void requestsWithoutCredentialsAreNotCountedAsGuesses() throws Exception {
		for (int i = 0; i < 20; i++) {
			assertThat(send(null, "10.0.0.7").getStatus()).isEqualTo(401);
		}
		assertThat(send("root:s3cret", "10.0.0.7").getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse send(String credentials, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
		request.setRemoteAddr(address);
		if (credentials != null) {
			request.addHeader("Authorization", BasicCredentialsVerifierTests.basic(credentials));
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
