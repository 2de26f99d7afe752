package dev.flotilla.platform.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import dev.flotilla.platform.error.ApiErrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BasicAuthenticationFilterTests {

	private final BasicAuthenticationFilter filter = new BasicAuthenticationFilter(
			BasicCredentialsVerifier.ofPlainPassword("root", "s3cret",
					new BasicCredentialsVerifierTests.CountingEncoder()),
			"Authentication Required", new ApiErrors(List.of(), JsonMapper.builder().build()),
			JsonMapper.builder().build());

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
				"a\"b", new ApiErrors(List.of(), JsonMapper.builder().build()), JsonMapper.builder().build()));
	}

}
