package dev.flotilla.studentsweb.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security here only protects the forms: the page has no users of its own (it
 * calls the API with its own credentials, server-side), so every page is open, while
 * every POST needs the CSRF token of the session (added to the forms by Thymeleaf) and
 * every answer carries the security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Only our own files: no inline script or style, no framing, forms post only here.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; object-src 'none'; "
			+ "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).csrf((csrf) -> {
			// On by default; kept explicit: every POST form carries the session's token.
		})
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

}
