package dev.flotilla.shop.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;

import dev.flotilla.platform.security.jwt.JwtDenyList;
import dev.flotilla.platform.security.jwt.PlatformJwtProperties;
import dev.flotilla.shop.catalog.SearchIndexMigration;
import dev.flotilla.shop.config.SchemaPlaceholders;

import dev.flotilla.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * V6 and V7 on H2, PostgreSQL and MariaDB: accounts stored before V6 that differ only by
 * case both survive and still log in by their exact names; from then on no name may
 * differ from another only by case; revoked tokens are seen by a second instance and
 * deleted once expired.
 */
class AccountDatabasesIT {

	private static final PlatformJwtProperties JWT = new PlatformJwtProperties(
			"a-test-only-secret-long-enough-for-hs256-0123456789", Duration.ofHours(1), "shop-api", Duration.ZERO,
			null);

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void caseTwinsSurviveNewOnesAreRefusedAndRevocationsAreShared(TestDatabase server) {
		try (TestDatabase.Fresh database = server.create("shop_accounts");
				HikariDataSource dataSource = dataSource(database)) {
			migrate(dataSource, "5");
			JdbcClient jdbc = JdbcClient.create(dataSource);
			List<String> stored = new ArrayList<>();
			for (String name : new String[] { "jeanne", "JEANNE", "Jeanne" }) {
				try {
					jdbc.sql("INSERT INTO utilisateur (nom_utilisateur, mot_de_passe, role_utilisateur, cree_le) "
							+ "VALUES (?, 'x', 'client', ?)")
						.params(name, Timestamp.from(Instant.now()))
						.update();
					stored.add(name);
				}
				catch (DuplicateKeyException ex) {
					// A case-insensitive collation (MariaDB's default) refused it
					// already.
				}
			}
			if (server != TestDatabase.MARIADB) {
				assertThat(stored).hasSize(3);
			}
			migrate(dataSource, "7");
			UserRepository users = new UserRepository(jdbc, Clock.systemUTC());
			assertThat(users.findAll()).extracting(UserAccount::username).containsExactlyElementsOf(stored);
			for (String name : stored) {
				assertThat(users.findByUsername(name))
					.hasValueSatisfying((user) -> assertThat(user.username()).isEqualTo(name));
			}
			users.create("Paul_D", "x", Role.CLIENT);
			assertThatExceptionOfType(DuplicateKeyException.class)
				.isThrownBy(() -> users.create("paul_d", "x", Role.CLIENT));
			assertThatExceptionOfType(DuplicateKeyException.class)
				.isThrownBy(() -> users.create("PAUL_D", "x", Role.CLIENT));

			Instant now = Instant.now();
			JwtDenyList first = new JwtDenyList(jdbc, "jeton_revoque", Clock.fixed(now, ZoneOffset.UTC), JWT);
			JwtDenyList second = new JwtDenyList(jdbc, "jeton_revoque", Clock.fixed(now, ZoneOffset.UTC), JWT);
			Jwt live = jwt("live", now.plusSeconds(600));
			assertThat(second.check(live).hasErrors()).isFalse();
			first.revoke(live);
			assertThat(second.check(live).hasErrors()).isTrue();
			first.revoke(jwt("expired", now.minusSeconds(1)));
			assertThat(jdbc.sql("SELECT jti FROM jeton_revoque").query(String.class).list()).containsExactly("live");
		}
	}

	private static Jwt jwt(String id, Instant expiresAt) {
		return Jwt.withTokenValue(id).header("alg", "HS256").subject("x").jti(id).expiresAt(expiresAt).build();
	}

	private static void migrate(HikariDataSource dataSource, String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.javaMigrations(new SearchIndexMigration())
			.placeholders(SchemaPlaceholders.forDataSource(dataSource))
			.target(target)
			.load()
			.migrate();
	}

	private static HikariDataSource dataSource(TestDatabase.Fresh database) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(database.url());
		config.setUsername(database.username());
		config.setPassword(database.password());
		config.setMaximumPoolSize(4);
		return new HikariDataSource(config);
	}

}
