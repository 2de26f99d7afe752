package dev.flotilla.shop.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

import dev.flotilla.platform.error.ApiErrors;
import dev.flotilla.platform.security.JsonSecurityErrors;
import dev.flotilla.shop.account.Role;

/**
 * One stateless chain for {@code /api/**}: bearer JWTs (the platform's, HS256) verified
 * by Spring Security's resource server, deny by default. The SPA keeps its token in
 * memory and sends it in {@code Authorization}; no cookie is ever read, so there is
 * nothing for CSRF to ride on and CSRF protection is off. Probes, metrics and API docs
 * are outside the chain.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiChain(HttpSecurity http, ApiErrors apiErrors) throws Exception {
		JsonSecurityErrors errors = new JsonSecurityErrors(apiErrors, "Bearer");
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/api/produits", "/api/produits/*", "/api/categories", "/api/info")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/register")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/auth/moi")
				.authenticated()
				.requestMatchers(HttpMethod.POST, "/api/auth/logout")
				.authenticated()
				.requestMatchers("/api/utilisateurs", "/api/utilisateurs/**")
				.hasRole(Role.ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/produits")
				.hasRole(Role.ADMIN)
				.requestMatchers(HttpMethod.PUT, "/api/produits/*", "/api/produits/*/stock")
				.hasRole(Role.ADMIN)
				.requestMatchers(HttpMethod.DELETE, "/api/produits/*")
				.hasRole(Role.ADMIN)
				.requestMatchers(HttpMethod.PUT, "/api/commandes/*/statut")
				.hasRole(Role.ADMIN)
				.requestMatchers("/api/panier", "/api/panier/**", "/api/commandes", "/api/commandes/**")
				.hasAnyRole(Role.CLIENT, Role.ADMIN)
				.anyRequest()
				.denyAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Bearer tokens only, no cookies: nothing for a cross-site request to ride
			// on.
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.oauth2ResourceServer((server) -> server.authenticationEntryPoint(errors)
				.accessDeniedHandler(errors)
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(authenticationConverter())))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors));
		return http.build();
	}

	private static JwtAuthenticationConverter authenticationConverter() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName("role");
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

}
