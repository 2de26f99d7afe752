package dev.flotilla.platform.security.jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deny-list on one database shared by two "replicas" (two instances, as two processes
 * would have): a revocation on one is seen by the other at its next check.
 */
class JwtDenyListTests {

	private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

	private static final PlatformJwtProperties PROPERTIES = new PlatformJwtProperties(
			"a-test-only-secret-long-enough-for-hs256-0123456789", Duration.ofMinutes(30), "test-api",
			Duration.ofSeconds(10), null);

	private JdbcClient jdbc;

	@BeforeEach
	void createTable() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:deny-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		this.jdbc = JdbcClient.create(dataSource);
		this.jdbc.sql(
				"CREATE TABLE revoked_token (jti VARCHAR(64) PRIMARY KEY, expires_at TIMESTAMP WITH TIME ZONE NOT NULL)")
			.update();
	}

	@Test
	void aTokenRevokedOnOneReplicaIsRefusedByAnotherAtItsNextCheck() {
		JwtDenyList first = denyList(NOW);
		JwtDenyList second = denyList(NOW);
		Jwt token = jwt("a", NOW.plusSeconds(600));
		Jwt other = jwt("b", NOW.plusSeconds(600));
		assertThat(second.check(token).hasErrors()).isFalse();
		first.revoke(token);
		assertThat(first.check(token).getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getDescription()).contains("revoked"));
		assertThat(second.check(token).hasErrors()).isTrue();
		assertThat(second.check(other).hasErrors()).isFalse();
	}

	@Test
	void revokingTwiceIsNoError() {
		JwtDenyList list = denyList(NOW);
		Jwt token = jwt("a", NOW.plusSeconds(600));
		list.revoke(token);
		denyList(NOW).revoke(token);
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void refusesATokenWithoutId() {
		Jwt token = Jwt.withTokenValue("t")
			.header("alg", "HS256")
			.subject("alice")
			.expiresAt(NOW.plusSeconds(60))
			.build();
		assertThat(denyList(NOW).check(token).hasErrors()).isTrue();
	}

	@Test
	void forgetsRevocationsOnceTheirTokensHaveExpired() {
		denyList(NOW).revoke(jwt("old", NOW.plusSeconds(60)));
		denyList(NOW).revoke(jwt("young", NOW.plusSeconds(600)));
		assertThat(rows()).isEqualTo(2);
		// 60 s of life plus the 10 s skew: gone at the next revocation after 70 s.
		assertThat(denyList(NOW.plusSeconds(69)).purgeExpired()).isZero();
		denyList(NOW.plusSeconds(71)).revoke(jwt("late", NOW.plusSeconds(900)));
		assertThat(this.jdbc.sql("SELECT jti FROM revoked_token ORDER BY jti").query(String.class).list())
			.containsExactly("late", "young");
	}

	private JwtDenyList denyList(Instant now) {
		return new JwtDenyList(this.jdbc, "revoked_token", Clock.fixed(now, ZoneOffset.UTC), PROPERTIES);
	}

	private long rows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM revoked_token").query(Long.class).single();
	}

	private static Jwt jwt(String id, Instant expiresAt) {
		return Jwt.withTokenValue("token-" + id)
			.header("alg", "HS256")
			.claims((claims) -> claims.putAll(Map.of("sub", "alice")))
			.jti(id)
			.issuedAt(NOW.minusSeconds(10))
			.expiresAt(expiresAt)
			.build();
	}

}
