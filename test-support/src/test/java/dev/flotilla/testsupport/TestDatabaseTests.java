package dev.flotilla.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TestDatabaseTests {

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void createsAnEmptyWritableDatabaseAndDropsItOnClose(TestDatabase server) throws SQLException {
		TestDatabase.Fresh database = server.create("tds");
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE probe (id INT PRIMARY KEY)");
			statement.execute("INSERT INTO probe VALUES (1)");
			try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM probe")) {
				rows.next();
				assertThat(rows.getInt(1)).isEqualTo(1);
			}
		}
		database.close();
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> {
			try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
				statement.executeQuery("SELECT COUNT(*) FROM probe").close();
			}
		});
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void givesEachSuiteItsOwnDatabase(TestDatabase server) {
		try (TestDatabase.Fresh first = server.create("tds"); TestDatabase.Fresh second = server.create("tds")) {
			assertThat(first.name()).isNotEqualTo(second.name());
			assertThat(first.springProperties()).containsEntry("spring.datasource.url", first.url());
		}
	}

	private static Connection connect(TestDatabase.Fresh database) throws SQLException {
		return DriverManager.getConnection(database.url(), database.username(), database.password());
	}

}
