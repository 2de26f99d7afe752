package dev.flotilla.platform.security.jwt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's own bearer tokens ({@code platform.security.jwt.*}), signed and verified with
 * one HS256 key.
 *
 * @param secret the HS256 key, at least 32 bytes in UTF-8; systems map {@code JWT_SECRET}
 * onto it, and the {@code prod} profile refuses its packaged default
 * @param lifetime how long an issued token is valid
 * @param issuer the {@code iss} claim written and required; defaults to
 * {@code spring.application.name}
 * @param clockSkew how far {@code exp} and {@code nbf} may be off between the replica
 * that issued a token and the one that checks it
 * @param keyId the {@code kid} header of issued tokens: an opaque name of the key (give
 * one per key to rotate keys); when unset, a random one per process, never anything
 * derived from the secret
 */
@ConfigurationProperties(PlatformJwtProperties.PREFIX)
public record PlatformJwtProperties(String secret, @DefaultValue("30m") Duration lifetime, String issuer,
		@DefaultValue("0s") Duration clockSkew, String keyId) {

	/** The properties' prefix. */
	public static final String PREFIX = "platform.security.jwt";

	/** The property that holds the key. */
	public static final String SECRET = PREFIX + ".secret";

	static final int MIN_SECRET_BYTES = 32;

	public PlatformJwtProperties {
		if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
			throw new IllegalArgumentException(
					SECRET + " (JWT_SECRET) must be at least " + MIN_SECRET_BYTES + " bytes for HS256");
		}
		if (issuer == null || issuer.isBlank()) {
			throw new IllegalArgumentException(
					PREFIX + ".issuer (by default spring.application.name) must not be blank");
		}
		if (lifetime.isNegative() || lifetime.isZero()) {
			throw new IllegalArgumentException(PREFIX + ".lifetime must be positive");
		}
		if (clockSkew.isNegative()) {
			throw new IllegalArgumentException(PREFIX + ".clock-skew must not be negative");
		}
		if (keyId == null || keyId.isBlank()) {
			keyId = UUID.randomUUID().toString();
		}
	}

}
