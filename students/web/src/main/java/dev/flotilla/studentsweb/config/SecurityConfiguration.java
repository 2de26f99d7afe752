package dev.flotilla.studentsweb.config;

import jakarta.servlet.ServletContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Reading the list is open to everyone, as in the seed; adding, editing and deleting need
 * a user signed in on the page (form login, checked against the students API's HTTP Basic
 * by the student feature's {@code AuthenticationProvider}). Every POST needs a CSRF token
 * and every answer carries the security headers.
 *
 * <p>
 * An anonymous visitor gets no server session: the CSRF token lives in a cookie (the
 * login form is the only form an anonymous visitor sees), a refused sign-in redirects
 * without one, and nothing else stores anything. The session starts at sign-in, with a
 * new id, and ends at sign-out.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Only our own files: no inline script or style, no framing, forms post only here.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; object-src 'none'; "
			+ "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	static final String SIGN_IN = "/login";

	@Bean
	SecurityFilterChain pages(HttpSecurity http, AuthenticationFailureHandler signInFailure,
			ServletContext servletContext) throws Exception {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer((cookie) -> {
			cookie.sameSite("Lax");
			// Secure when the request is (the repository's default) and whenever the
			// session cookie is configured Secure (behind a TLS proxy, in production).
			if (servletContext.getSessionCookieConfig().isSecure()) {
				cookie.secure(true);
			}
		});
		http.authorizeHttpRequests((requests) -> requests
			// The delete confirmation is the first step of a write.
			.requestMatchers(HttpMethod.GET, "/students/delete")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			.anyRequest()
			.authenticated())
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.formLogin((form) -> form.loginPage(SIGN_IN)
				.defaultSuccessUrl("/students", true)
				.failureHandler(signInFailure)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/students?deconnecte").permitAll())
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

}
