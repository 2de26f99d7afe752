package dev.flotilla.students.config;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.flotilla.platform.error.ApiErrors;
import dev.flotilla.platform.security.BasicAuthenticationFilter;
import dev.flotilla.platform.security.BasicCredentialsVerifier;
import dev.flotilla.platform.security.throttle.LoginThrottle;

/**
 * HTTP Basic on everything under {@code /supmit/}, deny by default: a new route there is
 * protected without a change here. {@code /health}, the probes and the API docs stay
 * open. A plain filter rather than Spring Security: the list route is the hot path, and
 * this costs one header lookup and a few constant-time comparisons per request once the
 * credentials were hashed and verified once (see {@link BasicAuthenticationFilter}).
 * Wrong credentials are throttled by the platform's {@link LoginThrottle}: 429 with
 * {@code Retry-After} for the failing (user, client) pair or client, nobody else.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	/** The realm of the original (Flask-HTTPAuth's default). */
	static final String REALM = "Authentication Required";

	@Bean
	FilterRegistrationBean<BasicAuthenticationFilter> basicAuthenticationFilter(StudentsCredentials credentials,
			PasswordEncoder encoder, ApiErrors errors, JsonMapper jsonMapper, LoginThrottle throttle) {
		BasicCredentialsVerifier verifier = BasicCredentialsVerifier.ofPlainPassword(credentials.username(),
				credentials.password(), encoder);
		var registration = new FilterRegistrationBean<>(
				new BasicAuthenticationFilter(verifier, REALM, errors, jsonMapper, throttle));
		registration.addUrlPatterns("/supmit/*");
		// After the request id (so a 401 is logged with it), before the body limit (so
		// an anonymous client cannot make the API read a body).
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
