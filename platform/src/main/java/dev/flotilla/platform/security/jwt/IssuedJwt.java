package dev.flotilla.platform.security.jwt;

import java.time.Duration;
import java.time.Instant;

/**
 * A token as {@link JwtIssuer} signed it.
 *
 * @param value the compact serialization, sent as {@code Authorization: Bearer <value>}
 * @param issuedAt its {@code iat} (and {@code nbf})
 * @param expiresAt its {@code exp}
 */
public record IssuedJwt(String value, Instant issuedAt, Instant expiresAt) {

	/**
	 * @return the token's lifetime in seconds, as OAuth 2 token responses give it
	 * ({@code expires_in})
	 */
	public long expiresInSeconds() {
		return Duration.between(this.issuedAt, this.expiresAt).toSeconds();
	}

}
