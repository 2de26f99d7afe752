package dev.flotilla.shop.config;

import java.nio.charset.StandardCharsets;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

import dev.flotilla.platform.error.ApiErrors;
import dev.flotilla.platform.security.JsonSecurityErrors;
import dev.flotilla.shop.account.JwtProperties;
import dev.flotilla.shop.account.Role;

/**
 * One stateless chain for {@code /api/**}: bearer JWTs (HS256) verified by Spring
 * Security's resource server, deny by default. The SPA keeps its token in memory and
 * sends it in {@code Authorization}; no cookie is ever read, so there is nothing for CSRF
 * to ride on and CSRF protection is off. Probes, metrics and API docs are outside the
 * chain.
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

	@Bean
	JwtDecoder jwtDecoder(JwtProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key(properties))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(),
				new JwtIssuerValidator("shop-api")));
		return decoder;
	}

	@Bean
	JwtEncoder jwtEncoder(JwtProperties properties) {
		return new NimbusJwtEncoder(new ImmutableSecret<>(key(properties)));
	}

	@Bean
	OpenApiCustomizer bearerSecurityScheme() {
		return (openApi) -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents()
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
		};
	}

	private static JwtAuthenticationConverter authenticationConverter() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName("role");
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

	private static SecretKey key(JwtProperties properties) {
		return new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

}
