package dev.flotilla.clinic.search;

import org.junit.jupiter.api.AfterAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.flotilla.testsupport.TestDatabase;

/**
 * The migrations, repositories and search semantics on a real PostgreSQL.
 */
class PostgresSearchIT extends SearchIT {

	private static TestDatabase.Fresh database;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		database = TestDatabase.POSTGRES.create("clinic");
		database.springProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@AfterAll
	static void drop() {
		if (database != null) {
			database.close();
		}
	}

}
