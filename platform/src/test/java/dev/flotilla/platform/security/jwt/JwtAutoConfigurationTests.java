package dev.flotilla.platform.security.jwt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The one set of checks every bearer token goes through, proved with tokens forged the
 * way an attacker would, each wrong in exactly one way.
 */
class JwtAutoConfigurationTests {

	/** Long enough for HS512 too, so "another algorithm" can use the very same key. */
	private static final String SECRET = "a-test-only-secret-long-enough-for-every-hmac-algorithm-0123456789";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JwtAutoConfiguration.class))
		.withPropertyValues("platform.security.jwt.secret=" + SECRET, "platform.security.jwt.issuer=test-api");

	@Test
	void acceptsItsOwnTokenWithTheSystemsClaims() {
		this.runner.run((context) -> {
			IssuedJwt issued = context.getBean(JwtIssuer.class).issue("alice", Map.of("role", "admin", "uid", 7L));
			Jwt jwt = decoder(context).decode(issued.value());
			assertThat(jwt.getSubject()).isEqualTo("alice");
			assertThat(jwt.getClaimAsString("iss")).isEqualTo("test-api");
			assertThat(jwt.getClaimAsString("role")).isEqualTo("admin");
			assertThat(jwt.getClaims().get("uid")).isEqualTo(7L);
			assertThat(jwt.getHeaders()).containsEntry("alg", "HS256").containsEntry("typ", "JWT");
			assertThat(jwt.getNotBefore()).isEqualTo(jwt.getIssuedAt());
			assertThat(jwt.getId()).isNotBlank();
			assertThat(issued.expiresInSeconds()).isEqualTo(30 * 60);
		});
	}

	@Test
	void issuesTokensForTheConfiguredLifetime() {
		this.runner.withPropertyValues("platform.security.jwt.lifetime=1h").run((context) -> {
			IssuedJwt issued = context.getBean(JwtIssuer.class).issue("alice", Map.of());
			Jwt jwt = decoder(context).decode(issued.value());
			assertThat(issued.expiresInSeconds()).isEqualTo(3600);
			assertThat(jwt.getExpiresAt()).isEqualTo(jwt.getIssuedAt().plusSeconds(3600));
		});
	}

	@Test
	void aSystemCannotOverrideTheRegisteredClaims() {
		this.runner.run((context) -> {
			IssuedJwt issued = context.getBean(JwtIssuer.class)
				.issue("alice", Map.of("iss", "elsewhere", "sub", "root", "exp", Instant.now().plusSeconds(86_400)));
			Jwt jwt = decoder(context).decode(issued.value());
			assertThat(jwt.getClaimAsString("iss")).isEqualTo("test-api");
			assertThat(jwt.getSubject()).isEqualTo("alice");
			assertThat(jwt.getExpiresAt()).isEqualTo(issued.expiresAt());
		});
	}

	@Test
	void acceptsAWellFormedForgeryOnlyToProveTheForgeriesBelowDifferInOneWay() {
		this.runner.run((
				context) -> assertThat(decoder(context).decode(sign(JWSAlgorithm.HS256, SECRET, claims())).getSubject())
					.isEqualTo("alice"));
	}

	@Test
	void rejectsAnotherHmacAlgorithmWithTheSameKey() {
		assertRejected(sign(JWSAlgorithm.HS512, SECRET, claims()), "Another algorithm expected");
		assertRejected(sign(JWSAlgorithm.HS384, SECRET, claims()), "Another algorithm expected");
	}

	@Test
	void rejectsAnUnsignedToken() {
		assertRejected(new PlainJWT(claims().build()).serialize(), "none");
	}

	@Test
	void rejectsABadSignature() {
		assertRejected(sign(JWSAlgorithm.HS256, "another-key-of-at-least-thirty-two-bytes-0123456789", claims()),
				"Invalid signature");
	}

	@Test
	void rejectsATokenWithoutExpiry() {
		assertRejected(sign(JWSAlgorithm.HS256, SECRET, claims().expirationTime(null)), "exp is required");
	}

	@Test
	void rejectsAnExpiredToken() {
		assertRejected(sign(JWSAlgorithm.HS256, SECRET, claims().expirationTime(ago(1))), "Jwt expired");
	}

	@Test
	void rejectsATokenNotValidYet() {
		assertRejected(
				sign(JWSAlgorithm.HS256, SECRET, claims().notBeforeTime(Date.from(Instant.now().plusSeconds(300)))),
				"Jwt used before");
	}

	@Test
	void rejectsAnotherIssuer() {
		assertRejected(sign(JWSAlgorithm.HS256, SECRET, claims().issuer("other-api")), "iss claim is not valid");
	}

	@Test
	void rejectsATokenWithoutIssuer() {
		assertRejected(sign(JWSAlgorithm.HS256, SECRET, claims().issuer(null)), "iss claim is not valid");
	}

	@Test
	void rejectsAnotherTokenType() {
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt")).build(), claims().build());
		assertRejected(signed(jwt, SECRET), "typ value");
	}

	@Test
	void acceptsATokenWithoutTypeHeader() {
		String untyped = signed(new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).build(), claims().build()),
				SECRET);
		this.runner.run((context) -> assertThat(decoder(context).decode(untyped).getSubject()).isEqualTo("alice"));
	}

	@Test
	void allowsTheConfiguredClockSkew() {
		String expiredTenSecondsAgo = sign(JWSAlgorithm.HS256, SECRET,
				claims().expirationTime(Date.from(Instant.now().minusSeconds(10))));
		assertRejected(expiredTenSecondsAgo, "Jwt expired");
		this.runner.withPropertyValues("platform.security.jwt.clock-skew=60s")
			.run((context) -> assertThat(decoder(context).decode(expiredTenSecondsAgo).getSubject())
				.isEqualTo("alice"));
	}

	@Test
	void addsASystemsOwnCheckToThePlatformChecks() {
		this.runner.withBean("accessOnly", OAuth2TokenValidator.class, JwtAutoConfigurationTests::accessOnly)
			.run((context) -> {
				JwtDecoder decoder = decoder(context);
				assertThat(
						decoder.decode(sign(JWSAlgorithm.HS256, SECRET, claims().claim("type", "access"))).getSubject())
					.isEqualTo("alice");
				assertThatExceptionOfType(BadJwtException.class)
					.isThrownBy(
							() -> decoder.decode(sign(JWSAlgorithm.HS256, SECRET, claims().claim("type", "refresh"))))
					.withMessageContaining("access tokens only");
				assertThatExceptionOfType(BadJwtException.class)
					.isThrownBy(() -> decoder
						.decode(sign(JWSAlgorithm.HS256, SECRET, claims().claim("type", "access").issuer("other-api"))))
					.withMessageContaining("iss claim is not valid");
			});
	}

	@Test
	void keyIdRevealsNothingAboutTheSecret() throws Exception {
		String thumbprint = new OctetSequenceKey.Builder(SECRET.getBytes(StandardCharsets.UTF_8)).build()
			.computeThumbprint()
			.toString();
		List<String> keyIds = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			this.runner.run((context) -> {
				String token = context.getBean(JwtIssuer.class).issue("alice", Map.of()).value();
				Jwt jwt = decoder(context).decode(token);
				keyIds.add(jwt.getHeaders().get("kid").toString());
			});
		}
		// Random per process: the same secret gives two unrelated ids.
		assertThat(keyIds).doesNotContain(thumbprint).doesNotHaveDuplicates().allSatisfy((kid) -> {
			assertThat(kid).isNotBlank();
			assertThat(SECRET).doesNotContain(kid);
		});
		this.runner.withPropertyValues("platform.security.jwt.key-id=2026-12").run((context) -> {
			String token = context.getBean(JwtIssuer.class).issue("alice", Map.of()).value();
			assertThat(decoder(context).decode(token).getHeaders()).containsEntry("kid", "2026-12");
		});
	}

	@Test
	void runsTheStateChecksOnEveryDecodeOfARememberedToken() {
		AtomicBoolean revoked = new AtomicBoolean();
		JwtStateCheck deny = (jwt) -> revoked.get()
				? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token was revoked", null))
				: OAuth2TokenValidatorResult.success();
		this.runner.withBean(JwtStateCheck.class, () -> deny).run((context) -> {
			String token = context.getBean(JwtIssuer.class).issue("alice", Map.of()).value();
			assertThat(decoder(context).decode(token).getSubject()).isEqualTo("alice");
			revoked.set(true);
			assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder(context).decode(token))
				.withMessageContaining("revoked");
		});
	}

	@Test
	void refusesToStartOnAShortSecret() {
		this.runner.withPropertyValues("platform.security.jwt.secret=change-me")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("platform.security.jwt.secret (JWT_SECRET) must be at least 32 bytes"));
	}

	@Test
	void staysOffWhenTheSystemSetsNoSecret() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JwtAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(JwtDecoder.class)
				.doesNotHaveBean(JwtEncoder.class)
				.doesNotHaveBean(JwtIssuer.class));
	}

	@Test
	void aSystemsOwnDecoderWins() {
		JwtDecoder own = (token) -> {
			throw new BadJwtException("own");
		};
		this.runner.withBean(JwtDecoder.class, () -> own)
			.run((context) -> assertThat(context.getBean(JwtDecoder.class)).isSameAs(own));
	}

	@Test
	void documentsTheBearerScheme() {
		this.runner.run((context) -> {
			OpenAPI openApi = new OpenAPI();
			context.getBeansOfType(GlobalOpenApiCustomizer.class).values().forEach((c) -> c.customise(openApi));
			SecurityScheme scheme = openApi.getComponents()
				.getSecuritySchemes()
				.get(JwtAutoConfiguration.SECURITY_SCHEME);
			assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.HTTP);
			assertThat(scheme.getScheme()).isEqualTo("bearer");
			assertThat(scheme.getBearerFormat()).isEqualTo("JWT");
		});
	}

	private void assertRejected(String token, String reason) {
		this.runner.run((context) -> assertThatExceptionOfType(BadJwtException.class)
			.isThrownBy(() -> decoder(context).decode(token))
			.withMessageContaining(reason));
	}

	private static JwtDecoder decoder(AssertableApplicationContext context) {
		return context.getBean(JwtDecoder.class);
	}

	private static OAuth2TokenValidator<Jwt> accessOnly() {
		return (jwt) -> "access".equals(jwt.getClaimAsString("type")) ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "access tokens only", null));
	}

	/** Valid in every way: each test breaks exactly one thing. */
	private static JWTClaimsSet.Builder claims() {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer("test-api")
			.subject("alice")
			.issueTime(Date.from(now.minusSeconds(600)))
			.notBeforeTime(Date.from(now.minusSeconds(600)))
			.expirationTime(Date.from(now.plusSeconds(600)));
	}

	private static Date ago(int minutes) {
		return Date.from(Instant.now().minusSeconds(minutes * 60L));
	}

	private static String sign(JWSAlgorithm algorithm, String key, JWTClaimsSet.Builder claims) {
		return signed(new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(), claims.build()),
				key);
	}

	private static String signed(SignedJWT jwt, String key) {
		try {
			jwt.sign(new MACSigner(key.getBytes(StandardCharsets.UTF_8)));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
