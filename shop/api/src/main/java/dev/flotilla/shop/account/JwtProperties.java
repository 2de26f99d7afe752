package dev.flotilla.shop.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The signing of the API's bearer tokens.
 *
 * @param secret the HS256 key, at least 32 bytes (UTF-8); the packaged default is for
 * local runs only and the {@code prod} profile refuses it
 * @param validity how long a token is valid
 */
@ConfigurationProperties("shop.jwt")
public record JwtProperties(String secret, @DefaultValue("1h") Duration validity) {

	public JwtProperties {
		if (secret == null || secret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
			throw new IllegalArgumentException("shop.jwt.secret must be at least 32 bytes for HS256");
		}
	}

}
