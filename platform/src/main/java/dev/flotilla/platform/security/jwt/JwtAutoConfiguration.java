package dev.flotilla.platform.security.jwt;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Bearer tokens an API issues and checks itself, for systems that set
 * {@code platform.security.jwt.secret}: a {@link JwtEncoder} and a {@link JwtIssuer}, a
 * {@link JwtDecoder} for Spring Security's resource server, and the OpenAPI
 * {@value #SECURITY_SCHEME} scheme.
 * <p>
 * The decoder accepts HS256 only (neither {@code alg=none} nor another algorithm with the
 * same key), then applies one set of checks: {@code exp} present and not passed,
 * {@code nbf} (when present) reached, {@code iss} equal to
 * {@code platform.security.jwt.issuer}, header {@code typ} {@code JWT} or absent. A
 * system that needs one more check (a claim of its own) declares it as an
 * {@code OAuth2TokenValidator<Jwt>} bean: every such bean is added to these checks, never
 * in place of them. Tokens that passed are remembered for a few minutes, so a client
 * resending the same token pays for the signature once; a remembered token is still
 * refused once it expires, and every {@link JwtStateCheck} bean (a {@link JwtDenyList},
 * the user's existence) runs on every request. The {@code kid} header is
 * {@code platform.security.jwt.key-id}, opaque. A system's own {@link JwtEncoder} or
 * {@link JwtDecoder} bean wins.
 */
@AutoConfiguration(
		beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration")
@ConditionalOnClass({ NimbusJwtDecoder.class, Caffeine.class })
@ConditionalOnProperty(PlatformJwtProperties.SECRET)
@EnableConfigurationProperties(PlatformJwtProperties.class)
public class JwtAutoConfiguration {

	/**
	 * The OpenAPI security scheme's name, for
	 * {@code @SecurityRequirement(name = JwtAutoConfiguration.SECURITY_SCHEME)}.
	 */
	public static final String SECURITY_SCHEME = "bearer";

	private static final int REMEMBERED_TOKENS = 10_000;

	private static final Duration REMEMBER_FOR = Duration.ofMinutes(5);

	@Bean
	@ConditionalOnMissingBean
	JwtEncoder jwtEncoder(PlatformJwtProperties properties) {
		// The key id is opaque: Nimbus's default, the key's thumbprint, would let anyone
		// holding a token test guessed secrets offline.
		return NimbusJwtEncoder.withSecretKey(key(properties))
			.algorithm(MacAlgorithm.HS256)
			.jwkPostProcessor((jwk) -> jwk.keyID(properties.keyId()))
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	JwtIssuer jwtIssuer(JwtEncoder encoder, PlatformJwtProperties properties) {
		return new JwtIssuer(encoder, properties, Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(PlatformJwtProperties properties, ObjectProvider<OAuth2TokenValidator<Jwt>> extraChecks,
			ObjectProvider<JwtStateCheck> stateChecks) {
		return new CachingJwtDecoder(verifier(properties, extraChecks.orderedStream().toList()),
				stateChecks.orderedStream().toList(), Clock.systemUTC(), properties.clockSkew(), REMEMBERED_TOKENS,
				REMEMBER_FOR);
	}

	@Bean
	GlobalOpenApiCustomizer bearerSecurityScheme() {
		return (openApi) -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents()
				.addSecuritySchemes(SECURITY_SCHEME,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("JWT")
							.description("A token this API issued at login"));
		};
	}

	/**
	 * The decoder without the memory of verified tokens: signature, then every check.
	 */
	static NimbusJwtDecoder verifier(PlatformJwtProperties properties, List<OAuth2TokenValidator<Jwt>> extraChecks) {
		// validateType(false): the header's typ is checked below, with the other claims.
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key(properties))
			.macAlgorithm(MacAlgorithm.HS256)
			.validateType(false)
			.build();
		JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
		timestamps.setAllowEmptyExpiryClaim(false);
		List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>(
				List.of(timestamps, new JwtIssuerValidator(properties.issuer()), JwtTypeValidator.jwt()));
		checks.addAll(extraChecks);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(checks));
		return decoder;
	}

	private static SecretKey key(PlatformJwtProperties properties) {
		return new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

}
