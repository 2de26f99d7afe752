package dev.flotilla.clinic.config;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call what: every route the clinic serves is listed here, and anything else is
 * denied. {@code lecture} reads and searches, {@code modification} also writes patients
 * and studies, {@code admin} also manages users.
 */
final class AccessRules {

	static final String[] READERS = { "LECTURE", "MODIFICATION", "ADMIN" };

	static final String[] WRITERS = { "MODIFICATION", "ADMIN" };

	private AccessRules() {
	}

	static void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/csrf")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/api/search", "/api/search/export", "/dicomweb/studies",
					"/dicomweb/series", "/dicomweb/instances", "/dicomweb/studies/*/series",
					"/dicomweb/studies/*/instances", "/dicomweb/studies/*/series/*/instances", "/api/patients",
					"/api/patients/*", "/api/patients/*/studies", "/api/studies", "/api/studies/*")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.POST, "/api/patients", "/api/studies", "/api/import")
			.hasAnyRole(WRITERS)
			.requestMatchers(HttpMethod.PUT, "/api/patients/*", "/api/studies/*")
			.hasAnyRole(WRITERS)
			.requestMatchers(HttpMethod.DELETE, "/api/patients/*", "/api/studies/*")
			.hasAnyRole(WRITERS)
			.requestMatchers(HttpMethod.GET, "/api/users", "/api/users/*", "/api/audit")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/api/users", "/api/users/*/password")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.PUT, "/api/users/*")
			.hasRole("ADMIN")
			.anyRequest()
			.denyAll();
	}

	static void dicomWeb(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/dicomweb/studies", "/dicomweb/series", "/dicomweb/instances",
				"/dicomweb/studies/*/series", "/dicomweb/studies/*/instances", "/dicomweb/studies/*/series/*/instances")
			.hasAnyRole(READERS)
			.anyRequest()
			.denyAll();
	}

	static void ui(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
			.requestMatchers(HttpMethod.GET, "/", "/login", "/css/**", "/js/**", "/favicon.ico", "/actuator/health",
					"/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/apidocs", "/apidocs/**",
					"/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/ui/patients/new", "/ui/patients/*/edit", "/ui/patients/*/studies/new",
					"/ui/studies/*/edit")
			.hasAnyRole(WRITERS)
			.requestMatchers(HttpMethod.GET, "/ui", "/ui/search", "/ui/patients/*", "/ui/studies/*")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.POST, "/ui/patients", "/ui/patients/*", "/ui/patients/*/delete",
					"/ui/patients/*/studies", "/ui/studies/*", "/ui/studies/*/delete")
			.hasAnyRole(WRITERS)
			.requestMatchers("/ui/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.denyAll();
	}

}
