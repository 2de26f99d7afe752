package dev.flotilla.factory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dev.flotilla.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * V3 on each database: builds stored as {@code failed} become the seed's {@code fail},
 * and the check constraints refuse any other word, also on a connection opened after the
 * one that ran the migration has closed (where H2 2.4 breaks {@code IN} lists).
 */
class StatusVocabularyMigrationIT {

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void storedFailedBecomesFailAndOnlyTheVocabularyIsAccepted(TestDatabase server) throws Exception {
		try (TestDatabase.Fresh database = server.create("factory_v3")) {
			String url = (server == TestDatabase.H2) ? database.url() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
					: database.url();
			String folder = (server == TestDatabase.MARIADB) ? "mariadb" : "standard";
			migrate(url, database, folder, "2");
			try (Connection connection = connect(url, database)) {
				JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
				jdbc.sql("INSERT INTO project (id, name, repo, last_build_status, build_count, created_at) "
						+ "VALUES (1, 'p', 'https://x.org/r', 'failed', 1, CURRENT_TIMESTAMP)")
					.update();
				jdbc.sql("INSERT INTO build (project_id, number, status, logs, created_at) "
						+ "VALUES (1, 1, 'failed', 'x', CURRENT_TIMESTAMP)")
					.update();
			}
			migrate(url, database, folder, "3");
			try (Connection connection = connect(url, database); Statement statement = connection.createStatement()) {
				JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
				assertThat(jdbc.sql("SELECT status FROM build").query(String.class).single()).isEqualTo("fail");
				assertThat(jdbc.sql("SELECT last_build_status FROM project").query(String.class).single())
					.isEqualTo("fail");
				for (String status : new String[] { "queued", "running", "success", "fail", "cancelled" }) {
					statement.executeUpdate("UPDATE build SET status = '" + status + "'");
					statement.executeUpdate("UPDATE project SET last_build_status = '" + status + "'");
				}
				statement.executeUpdate("UPDATE project SET last_build_status = 'none'");
				assertThatExceptionOfType(SQLException.class)
					.isThrownBy(() -> statement.executeUpdate("UPDATE build SET status = 'failed'"));
				assertThatExceptionOfType(SQLException.class)
					.isThrownBy(() -> statement.executeUpdate("UPDATE project SET last_build_status = 'passed'"));
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
