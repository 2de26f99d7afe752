package dev.flotilla.factory.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token settings ({@code factory.jwt.*}).
 *
 * @param secret the HS256 key ({@code JWT_SECRET}), at least 32 bytes
 * @param accessTtl lifetime of an access token
 * @param refreshTtl lifetime of a refresh token
 */
@ConfigurationProperties("factory.jwt")
record JwtProperties(String secret, @DefaultValue("30m") Duration accessTtl, @DefaultValue("7d") Duration refreshTtl) {

	static final int MIN_SECRET_BYTES = 32;

	JwtProperties {
		if (secret == null || secret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
			throw new IllegalArgumentException(
					"factory.jwt.secret (JWT_SECRET) must be at least " + MIN_SECRET_BYTES + " bytes for HS256");
		}
	}

}
