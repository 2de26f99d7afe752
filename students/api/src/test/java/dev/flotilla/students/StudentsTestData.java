package dev.flotilla.students;

/**
 * Data shared by the tests.
 */
public final class StudentsTestData {

	/** The data file that ships with the seed's project. */
	public static final String SEED_FILE = "{\"bob\": \"13\", \"alice\": \"12\"}\n";

	private StudentsTestData() {
	}

}
