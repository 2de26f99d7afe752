package dev.flotilla.factory.auth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RefreshTokenRepository {

	private final JdbcClient jdbc;

	RefreshTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(String tokenHash, long userId, Instant expiresAt) {
		this.jdbc.sql("INSERT INTO refresh_token (token_hash, user_id, expires_at, revoked) VALUES (?, ?, ?, FALSE)")
			.params(tokenHash, userId, Timestamp.from(expiresAt))
			.update();
	}

	/**
	 * Revoke a live token; the conditional update makes two concurrent uses of one token
	 * succeed at most once.
	 * @return the owner's id, or empty when the token is unknown, expired or revoked
	 */
	Optional<Long> revokeLive(String tokenHash, Instant now) {
		Optional<Long> owner = this.jdbc
			.sql("SELECT user_id FROM refresh_token WHERE token_hash = ? AND revoked = FALSE AND expires_at > ?")
			.params(tokenHash, Timestamp.from(now))
			.query(Long.class)
			.optional();
		if (owner.isEmpty()) {
			return owner;
		}
		int revoked = this.jdbc.sql("UPDATE refresh_token SET revoked = TRUE WHERE token_hash = ? AND revoked = FALSE")
			.param(tokenHash)
			.update();
		return (revoked == 1) ? owner : Optional.empty();
	}

	void revokeAllOf(long userId) {
		this.jdbc.sql("UPDATE refresh_token SET revoked = TRUE WHERE user_id = ?").param(userId).update();
	}

}
