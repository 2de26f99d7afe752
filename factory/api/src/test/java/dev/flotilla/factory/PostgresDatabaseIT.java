package dev.flotilla.factory;

import org.junit.jupiter.api.AfterAll;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.flotilla.testsupport.TestDatabase;

/** The database contract on a real PostgreSQL server. */
@FactoryIT
@DirtiesContext
class PostgresDatabaseIT extends DatabaseContract {

	private static TestDatabase.Fresh database;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database = TestDatabase.POSTGRES.create("factory");
		database.springProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@AfterAll
	static void drop() {
		if (database != null) {
			database.close();
		}
	}

}
