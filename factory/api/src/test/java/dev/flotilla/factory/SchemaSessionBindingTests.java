package dev.flotilla.factory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.awaitility.Awaitility.await;

/**
 * The H2 schema once the pool has retired the connection that ran the migrations, as
 * Hikari does after {@code max-lifetime}. H2 2.4 compiles a list of constants
 * ({@code x IN ('a', 'b')}, the equivalent {@code OR} chain, {@code NOT IN}) inside a
 * check constraint, a domain, a generated column or a non-constant default into a set
 * whose comparator is the creating session; once that session has closed, every write
 * that evaluates it fails with "The database has been closed [90098]" (issue 16).
 * {@code = ANY (ARRAY[...])}, {@code CASE}, {@code LIKE} and {@code BETWEEN} keep no
 * session.
 */
class SchemaSessionBindingTests {

	/** An IN list as H2 renders it in its information schema (OR chains included). */
	private static final Pattern IN_LIST = Pattern.compile("(?i)\\bIN\\s*\\((?!\\s*SELECT\\b)");

	@TempDir
	Path dir;

	@Test
	void everyTableIsWrittenAfterThePoolRetiredTheMigratingConnection() throws SQLException {
		try (HikariDataSource pool = migratedThenRecycled("classpath:db/migration/standard")) {
			JdbcClient jdbc = JdbcClient.create(pool);
			jdbc.sql("INSERT INTO app_user (username, username_key, password_hash, role, created_at)"
					+ " VALUES ('soak', 'soak', 'x', 'developer', CURRENT_TIMESTAMP)")
				.update();
			jdbc.sql("INSERT INTO revoked_token (jti, expires_at) VALUES ('j', CURRENT_TIMESTAMP)").update();
			jdbc.sql("INSERT INTO refresh_token (token_hash, user_id, expires_at)"
					+ " SELECT 'h', id, CURRENT_TIMESTAMP FROM app_user WHERE username = 'soak'")
				.update();
			jdbc.sql("UPDATE refresh_token SET revoked = TRUE").update();
			jdbc.sql("INSERT INTO project (name, repo, created_at) VALUES ('p', 'https://x.org/r', CURRENT_TIMESTAMP)")
				.update();
			jdbc.sql("UPDATE project_total SET total = total + 1").update();
			jdbc.sql("INSERT INTO build (project_id, number, status, logs, created_at)"
					+ " SELECT id, 1, 'queued', 'Queued', CURRENT_TIMESTAMP FROM project WHERE name = 'p'")
				.update();
			for (String status : List.of("queued", "running", "success", "fail", "cancelled")) {
				assertThat(jdbc.sql("UPDATE build SET status = ?").param(status).update()).isOne();
				assertThat(jdbc.sql("UPDATE project SET last_build_status = ?").param(status).update()).isOne();
			}
			assertThatExceptionOfType(Exception.class)
				.isThrownBy(() -> jdbc.sql("UPDATE build SET status = 'failed'").update())
				.withMessageContaining("ck_build_status");
			rewriteEveryRowOfEveryTable(jdbc);
			assertThat(jdbc.sql("DELETE FROM project").update()).isOne();
			assertThat(sessionBoundExpressions(jdbc)).isEmpty();
			shutdown(pool);
		}
	}

	@Test
	void anInListCheckAddedByAMigrationIsCaughtBothWays() throws SQLException {
		try (HikariDataSource pool = migratedThenRecycled("classpath:db/migration/standard",
				"classpath:db/session-binding-canary")) {
			JdbcClient jdbc = JdbcClient.create(pool);
			assertThat(sessionBoundExpressions(jdbc)).singleElement(as(STRING)).contains("ck_canary");
			assertThatExceptionOfType(Exception.class).isThrownBy(() -> jdbc
				.sql("INSERT INTO project (name, repo, created_at) VALUES ('p', 'https://x.org/r', CURRENT_TIMESTAMP)")
				.update()).withStackTraceContaining("90098");
			shutdown(pool);
		}
	}

	/**
	 * Migrates a file database through a one-connection pool, then has the pool retire
	 * that connection and waits until its session is gone. DB_CLOSE_DELAY keeps the
	 * database open in between, as the pool's other connections do in production (a
	 * database reopened from its file would re-create every constraint and hide the
	 * fault).
	 */
	private HikariDataSource migratedThenRecycled(String... locations) throws SQLException {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl("jdbc:h2:file:" + this.dir.resolve("factory").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		pool.setUsername("sa");
		pool.setPassword("");
		pool.setMaximumPoolSize(1);
		long migrating;
		// Flyway would open a second connection; it runs on the pool's only one instead.
		try (Connection connection = pool.getConnection()) {
			SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
			migrating = JdbcClient.create(single).sql("SELECT SESSION_ID()").query(Long.class).single();
			Flyway.configure().dataSource(single).locations(locations).load().migrate();
		}
		JdbcClient jdbc = JdbcClient.create(pool);
		pool.getHikariPoolMXBean().softEvictConnections();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM information_schema.sessions WHERE session_id = ?")
				.param(migrating)
				.query(Long.class)
				.single() == 0);
		return pool;
	}

	/**
	 * {@code UPDATE t SET c = c} on every table: H2 checks every constraint of each row
	 * it rewrites, so a check bound to a closed session fails even on a table this test
	 * does not know.
	 */
	private static void rewriteEveryRowOfEveryTable(JdbcClient jdbc) {
		List<String> tables = jdbc
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
					+ " AND table_type = 'BASE TABLE'")
			.query(String.class)
			.list();
		for (String table : tables) {
			String column = jdbc
				.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
						+ " AND table_name = ? AND is_generated = 'NEVER' AND is_identity = 'NO'"
						+ " ORDER BY ordinal_position LIMIT 1")
				.param(table)
				.query(String.class)
				.single();
			jdbc.sql("UPDATE \"" + table + "\" SET \"" + column + "\" = \"" + column + "\"").update();
		}
	}

	/** Every check, default and generated expression with an IN list of constants. */
	static List<String> sessionBoundExpressions(JdbcClient jdbc) {
		List<String> found = new ArrayList<>();
		jdbc.sql("SELECT constraint_name, check_clause FROM information_schema.check_constraints")
			.query((rs, n) -> rs.getString(1) + ": " + rs.getString(2))
			.list()
			.forEach(found::add);
		jdbc.sql("SELECT table_name || '.' || column_name || ': ' || COALESCE(column_default, '') || ' '"
				+ " || COALESCE(column_on_update, '') || ' ' || COALESCE(generation_expression, '')"
				+ " FROM information_schema.columns WHERE table_schema = 'public'")
			.query(String.class)
			.list()
			.forEach(found::add);
		jdbc.sql("SELECT domain_name || ': ' || COALESCE(domain_default, '') || ' ' || COALESCE(domain_on_update, '')"
				+ " FROM information_schema.domains")
			.query(String.class)
			.list()
			.forEach(found::add);
		found.removeIf((expression) -> !IN_LIST.matcher(expression).find());
		return found;
	}

	private static void shutdown(HikariDataSource pool) throws SQLException {
		String url = pool.getJdbcUrl();
		pool.close();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN");
		}
	}

}
