package dev.flotilla.factory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dev.flotilla.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * V5 on each database: accounts stored before it that differ only by case ({@code admin}
 * and {@code ADMIN}) both survive, keyed apart, and from then on no name may differ from
 * another only by case.
 */
class UsernameKeyMigrationIT {

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void existingCaseTwinsSurviveAndNewOnesAreRefused(TestDatabase server) throws Exception {
		try (TestDatabase.Fresh database = server.create("factory_v5")) {
			String url = (server == TestDatabase.H2) ? database.url() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
					: database.url();
			String folder = (server == TestDatabase.MARIADB) ? "mariadb" : "standard";
			migrate(url, database, folder, "4");
			try (Connection connection = connect(url, database)) {
				JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
				for (String name : new String[] { "admin", "ADMIN", "Admin", "alice" }) {
					jdbc.sql("INSERT INTO app_user (username, password_hash, role, created_at) "
							+ "VALUES (?, 'x', 'developer', CURRENT_TIMESTAMP)")
						.param(name)
						.update();
				}
			}
			migrate(url, database, folder, "5");
			try (Connection connection = connect(url, database)) {
				JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
				assertThat(jdbc.sql("SELECT username FROM app_user ORDER BY id").query(String.class).list())
					.containsExactly("admin", "ADMIN", "Admin", "alice");
				assertThat(
						jdbc.sql("SELECT username_key FROM app_user WHERE username IN ('admin', 'alice') ORDER BY id")
							.query(String.class)
							.list())
					.containsExactly("admin", "alice");
				assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> jdbc
					.sql("INSERT INTO app_user (username, username_key, password_hash, role, "
							+ "created_at) VALUES ('ALICE', LOWER('ALICE'), 'x', 'developer', CURRENT_TIMESTAMP)")
					.update());
			}
		}
	}

	private static void migrate(String url, TestDatabase.Fresh database, String folder, String target) {
		Flyway.configure()
			.dataSource(url, database.username(), database.password())
			.locations("classpath:db/migration/" + folder)
			.target(target)
			.load()
			.migrate();
	}

	private static Connection connect(String url, TestDatabase.Fresh database) throws SQLException {
		return DriverManager.getConnection(url, database.username(), database.password());
	}

}
