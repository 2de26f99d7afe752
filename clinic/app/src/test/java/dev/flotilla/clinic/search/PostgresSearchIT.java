package dev.flotilla.clinic.search;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.flotilla.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations, repositories and search semantics on a real PostgreSQL.
 */
class PostgresSearchIT extends SearchIT {

	private static TestDatabase.Fresh database;

	@Autowired
	private DataSource dataSource;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		database = TestDatabase.POSTGRES.create("clinic");
		database.springProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	/**
	 * Under a linguistic collation (en_US.UTF-8 and the like) a B-tree index in the
	 * column's collation cannot serve {@code LIKE 'DUP%'}; the prefix-searched columns
	 * are in the C collation, whatever the database's own.
	 */
	@Test
	void prefixSearchedColumnsCompareInTheCCollationSoLikeUsesTheirIndex() throws SQLException {
		List<String> collations = this.jdbc
			.sql("SELECT table_name || '.' || column_name || '=' || collation_name"
					+ " FROM information_schema.columns WHERE table_schema = current_schema() AND column_name IN"
					+ " ('family_search', 'given_search', 'name_search', 'patient_id', 'accession_number')"
					+ " AND table_name IN ('patient', 'study') ORDER BY 1")
			.query(String.class)
			.list();
		assertThat(collations).containsExactly("patient.family_search=C", "patient.given_search=C",
				"patient.name_search=C", "patient.patient_id=C", "study.accession_number=C");
		StringBuilder plan = new StringBuilder();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("SET enable_seqscan = off");
			try (ResultSet rows = statement
				.executeQuery("EXPLAIN SELECT COUNT(*) FROM patient p WHERE p.family_search LIKE 'DUP%' ESCAPE '!'")) {
				while (rows.next()) {
					plan.append(rows.getString(1)).append('\n');
				}
			}
			finally {
				statement.execute("RESET enable_seqscan");
			}
		}
		assertThat(plan).contains("Index Only Scan using ix_patient_family").contains("Index Cond");
	}

	@AfterAll
	static void drop() {
		if (database != null) {
			database.close();
		}
	}

}
