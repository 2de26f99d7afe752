package dev.flotilla.factory.config;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import dev.flotilla.platform.error.ApiErrors;
import dev.flotilla.platform.security.JsonSecurityErrors;

/**
 * One stateless chain: bearer JWTs on every route but the public ones, users managed by
 * admins only, everything else denied to anonymous callers. No cookies are read, so there
 * is nothing for CSRF to forge.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] PUBLIC_GET = { "/status", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
			"/apidocs", "/apidocs/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
			"/error" };

	static final String[] PUBLIC_POST = { "/login", "/token/refresh", "/logout", "/error" };

	@Bean
	SecurityFilterChain apiChain(HttpSecurity http, ApiErrors errors) throws Exception {
		JsonSecurityErrors json = new JsonSecurityErrors(errors, "Bearer");
		// POST /logout is ours (it revokes a refresh token), not Spring Security's
		// session logout.
		http.csrf((csrf) -> csrf.disable())
			.logout((logout) -> logout.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.cors(Customizer.withDefaults())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.OPTIONS, "/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, PUBLIC_GET)
				.permitAll()
				.requestMatchers(HttpMethod.POST, PUBLIC_POST)
				.permitAll()
				.requestMatchers("/users", "/users/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.DELETE, "/projects/*")
				.hasRole("ADMIN")
				.anyRequest()
				.hasAnyRole("ADMIN", "DEVELOPER"))
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(SecurityConfiguration::authentication))
				.authenticationEntryPoint(json)
				.accessDeniedHandler(json))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(json).accessDeniedHandler(json));
		return http.build();
	}

	/**
	 * The token's subject is the username; its {@code role} claim is the one authority.
	 */
	private static AbstractAuthenticationToken authentication(Jwt jwt) {
		String role = jwt.getClaimAsString("role");
		List<SimpleGrantedAuthority> authorities = (role != null)
				? List.of(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(java.util.Locale.ROOT))) : List.of();
		return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (!properties.allowedOrigins().isEmpty()) {
			CorsConfiguration cors = new CorsConfiguration();
			cors.setAllowedOrigins(properties.allowedOrigins());
			cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
			cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-Id"));
			cors.setExposedHeaders(List.of("Location", "Retry-After", "X-Request-Id"));
			cors.setMaxAge(3600L);
			source.registerCorsConfiguration("/**", cors);
		}
		return source;
	}

}
