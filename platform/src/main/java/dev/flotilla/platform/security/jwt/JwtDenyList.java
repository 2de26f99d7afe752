package dev.flotilla.platform.security.jwt;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Access tokens revoked before they expire (at logout), by {@code jti}, in a table of the
 * system's own database, so every replica refuses a revoked token: a table
 * {@code (jti VARCHAR(64) PRIMARY KEY, expires_at <timestamp> NOT NULL)} that the
 * system's migrations create.
 * <p>
 * As a {@link JwtStateCheck} it looks the token up on every request (one primary-key
 * read), so a token revoked on one replica is refused by every replica from the next
 * request on. Only revocations are remembered in memory (they never end before the token
 * does); a token not revoked is never remembered as such. A token without {@code jti}
 * cannot be revoked and is refused. Rows are kept until their token expires (plus the
 * clock skew), then deleted at the next revocation.
 */
public final class JwtDenyList implements JwtStateCheck {

	private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final int MAX_JTI_LENGTH = 64;

	private static final OAuth2Error REVOKED = new OAuth2Error("invalid_token", "The token was revoked", null);

	private static final OAuth2Error NO_ID = new OAuth2Error("invalid_token", "The token has no usable jti", null);

	private final JdbcClient jdbc;

	private final String table;

	private final Clock clock;

	private final Duration clockSkew;

	private final Cache<String, Instant> revoked;

	/**
	 * Create the deny-list.
	 * @param jdbc the system's database
	 * @param table the table's name (letters, digits, underscores)
	 * @param clock the clock that says when a revocation may be forgotten
	 * @param properties the platform's token settings (lifetime and clock skew)
	 */
	public JwtDenyList(JdbcClient jdbc, String table, Clock clock, PlatformJwtProperties properties) {
		if (!TABLE_NAME.matcher(table).matches()) {
			throw new IllegalArgumentException("Not a table name: " + table);
		}
		this.jdbc = jdbc;
		this.table = table;
		this.clock = clock;
		this.clockSkew = properties.clockSkew();
		this.revoked = Caffeine.newBuilder()
			.maximumSize(10_000)
			.expireAfterWrite(properties.lifetime().plus(properties.clockSkew()))
			.build();
	}

	/**
	 * Revoke a token until it expires; revoking it twice is no error. Deletes the rows of
	 * tokens that have expired since.
	 * @param jwt a verified token
	 */
	public void revoke(Jwt jwt) {
		String id = jwt.getId();
		Instant expiresAt = jwt.getExpiresAt();
		if (!usable(id) || expiresAt == null) {
			return;
		}
		Instant keepUntil = expiresAt.plus(this.clockSkew);
		this.revoked.put(id, keepUntil);
		try {
			this.jdbc.sql("INSERT INTO " + this.table + " (jti, expires_at) VALUES (?, ?)")
				.params(id, Timestamp.from(keepUntil))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Revoked already (two logouts racing): the first row stands.
		}
		purgeExpired();
	}

	/**
	 * Delete the rows of tokens that can no longer be used anyway.
	 * @return how many were deleted
	 */
	public int purgeExpired() {
		return this.jdbc.sql("DELETE FROM " + this.table + " WHERE expires_at < ?")
			.param(Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * @param jti a token id
	 * @return whether it is revoked, in this replica's memory or in the database
	 */
	public boolean isRevoked(String jti) {
		if (this.revoked.getIfPresent(jti) != null) {
			return true;
		}
		Instant keepUntil = this.jdbc.sql("SELECT expires_at FROM " + this.table + " WHERE jti = ?")
			.param(jti)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
		if (keepUntil == null) {
			return false;
		}
		this.revoked.put(jti, keepUntil);
		return true;
	}

	@Override
	public OAuth2TokenValidatorResult check(Jwt jwt) {
		String id = jwt.getId();
		if (!usable(id)) {
			return OAuth2TokenValidatorResult.failure(NO_ID);
		}
		return isRevoked(id) ? OAuth2TokenValidatorResult.failure(REVOKED) : OAuth2TokenValidatorResult.success();
	}

	private static boolean usable(String id) {
		return id != null && !id.isBlank() && id.length() <= MAX_JTI_LENGTH;
	}

}
