package dev.flotilla.platform.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.SecurityFilterChain;

import dev.flotilla.platform.error.ApiErrors;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PlatformWebAutoConfiguration.class))
		.withBean(ApiErrors.class, () -> new ApiErrors(List.of(), JsonMapper.builder().build()));

	@Test
	void aSystemWithoutSpringSecurityGetsTheHeaders() {
		this.runner.withClassLoader(new FilteredClassLoader(SecurityFilterChain.class))
			.run((context) -> assertThat(context).hasBean("securityHeadersFilter"));
	}

	@Test
	void aSystemWithSpringSecurityKeepsItsOwnHeaders() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean("securityHeadersFilter"));
	}

	@Test
	void everyResponseSaysNosniffAndDeny() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new SecurityHeadersFilter().doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

}
