package dev.flotilla.clinic.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

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
 */
class SchemaSessionBindingTests {

	/** An IN list as H2 renders it in its information schema (OR chains included). */
	private static final Pattern IN_LIST = Pattern.compile("(?i)\\bIN\\s*\\((?!\\s*SELECT\\b)");

	private static final String PATIENT = "INSERT INTO patient (patient_id, issuer_of_patient_id, patient_name,"
			+ " family_search, given_search, name_search, birth_date, sex, comments)"
			+ " VALUES ('P1', 'HUG', 'Durand^Zoé', 'DURAND', 'ZOE', 'DURAND^ZOE', DATE '1980-02-29', 'F', 'c')";

	@TempDir
	Path dir;

	@Test
	void everyTableIsWrittenAfterThePoolRetiredTheMigratingConnection() throws SQLException {
		try (HikariDataSource pool = migratedThenRecycled("classpath:db/migration", "classpath:db/vendor/h2")) {
			JdbcClient jdbc = JdbcClient.create(pool);
			jdbc.sql(
					"INSERT INTO \"user\" (username, username_key, password_hash, role_id) VALUES ('soak', 'soak', 'x', 2)")
				.update();
			jdbc.sql("UPDATE \"user\" SET role_id = 1, enabled = FALSE, session_version = session_version + 1"
					+ " WHERE username = 'soak'")
				.update();
			jdbc.sql(PATIENT).update();
			jdbc.sql("INSERT INTO study (patient_ref, study_instance_uid, study_date, study_time, accession_number,"
					+ " study_id, study_description, referring_physician_name, modalities, modalities_search,"
					+ " patient_age, patient_size, patient_weight, number_of_series, number_of_instances)"
					+ " SELECT id, '1.2.3', DATE '2024-01-02', TIME '10:11:12', 'A1', 'S1', 'IRM', 'House^G',"
					+ " 'MR\\CT', '\\MR\\CT\\', '044Y', 1.70, 65.5, 2, 40 FROM patient")
				.update();
			jdbc.sql("INSERT INTO audit_event (occurred_at, username, action, patient_ref, study_ref, detail,"
					+ " client_address) VALUES (CURRENT_TIMESTAMP, 'soak', 'PATIENT_READ', 1, 1, 'd', '127.0.0.1')")
				.update();
			jdbc.sql("UPDATE patient SET sex = 'M', birth_date = DATE '1981-03-01'").update();
			jdbc.sql("UPDATE study SET modalities = 'CT', number_of_series = 3").update();
			rewriteEveryRowOfEveryTable(jdbc);
			assertThat(jdbc.sql("DELETE FROM study").update()).isOne();
			assertThat(jdbc.sql("DELETE FROM patient").update()).isOne();
			assertThat(sessionBoundExpressions(jdbc)).isEmpty();
			shutdown(pool);
		}
	}

	@Test
	void anInListCheckAddedByAMigrationIsCaughtBothWays() throws SQLException {
		try (HikariDataSource pool = migratedThenRecycled("classpath:db/migration", "classpath:db/vendor/h2",
				"classpath:db/session-binding-canary")) {
			JdbcClient jdbc = JdbcClient.create(pool);
			assertThat(sessionBoundExpressions(jdbc)).singleElement(as(STRING)).contains("CK_CANARY");
			assertThatExceptionOfType(Exception.class).isThrownBy(() -> jdbc.sql(PATIENT).update())
				.withStackTraceContaining("90098");
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
		pool.setJdbcUrl("jdbc:h2:file:" + this.dir.resolve("clinic").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
		pool.setUsername("sa");
		pool.setPassword("");
		pool.setMaximumPoolSize(1);
		SqlDialect dialect = SqlDialect.of(pool);
		long migrating;
		// Flyway would open a second connection; it runs on the pool's only one instead.
		try (Connection connection = pool.getConnection()) {
			SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
			migrating = JdbcClient.create(single).sql("SELECT SESSION_ID()").query(Long.class).single();
			Flyway.configure()
				.dataSource(single)
				.locations(locations)
				.placeholders(Map.of("user_table", dialect.userTable(), "identity", dialect.identity(), "table_options",
						dialect.tableOptions()))
				.javaMigrations(new SeedAdminMigration(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
						new AdminProperties("admin"), dialect))
				.load()
				.migrate();
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
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA"
					+ " AND table_type = 'BASE TABLE'")
			.query(String.class)
			.list();
		for (String table : tables) {
			String column = jdbc
				.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA"
						+ " AND table_name = ? AND is_generated = 'NEVER' AND is_identity = 'NO'"
						+ " ORDER BY ordinal_position LIMIT 1")
				.param(table)
				.query(String.class)
				.single();
			jdbc.sql("UPDATE \"" + table + "\" SET \"" + column + "\" = \"" + column + "\"").update();
		}
	}

	/** Every check, default and generated expression with an IN list of constants. */
	private static List<String> sessionBoundExpressions(JdbcClient jdbc) {
		List<String> found = new ArrayList<>();
		jdbc.sql("SELECT constraint_name, check_clause FROM information_schema.check_constraints")
			.query((rs, n) -> rs.getString(1) + ": " + rs.getString(2))
			.list()
			.forEach(found::add);
		jdbc.sql("SELECT table_name || '.' || column_name || ': ' || COALESCE(column_default, '') || ' '"
				+ " || COALESCE(column_on_update, '') || ' ' || COALESCE(generation_expression, '')"
				+ " FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA")
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
