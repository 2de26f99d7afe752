package dev.flotilla.students;

import org.junit.jupiter.api.Test;

import dev.flotilla.testsupport.OpenApiBadInput;
import dev.flotilla.testsupport.OpenApiMutations.Mutation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every documented operation × the bad inputs generated from the OpenAPI document, sent
 * as {@code root}: each answer a 4xx JSON error, no 5xx, no stack trace, and the students
 * the same afterwards. A write the schema allows (an unusual but valid name) is undone.
 */
class OpenApiBadInputIT extends ApiIntegrationTest {

	private static final String TARGET = "fuzzcible";

	@Test
	void everyOperationAnswersEveryBadInputWithA4xxAndChangesNothing() {
		OpenApiBadInput.Result result = OpenApiBadInput.against("http://127.0.0.1:" + this.port)
			.authorization(() -> ApiClient.VALID)
			// A name no student has: an accepted write creates it, and the restorer
			// deletes it.
			.pathValue("name", TARGET)
			.body("PUT " + ApiClient.ROOT + "/students/{name}", "{\"age\":13}")
			// A known leniency, reported (the platform's JSON reader, not this API's
			// code).
			.tolerate("duplicate JSON keys, the last one wins", (m) -> m.name().equals("duplicate key"))
			.restorer(this::restore)
			.stored(ApiClient.ROOT + "/get_student_ages")
			.run();
		System.out.println("students: " + result.summary() + "\nstatuses " + result.statuses() + "\nknown "
				+ result.known() + "\nper operation " + result.inputs());
		assertThat(result.failures()).isEmpty();
		assertThat(result.inputs().values()).allSatisfy((inputs) -> assertThat(inputs).isGreaterThanOrEqualTo(60));
		assertThat(result.summary()).endsWith("5xx = 0, unchanged");
	}

	private boolean restore(Mutation mutation, int status, String body) {
		if (!mutation.operation().method().equals("PUT")) {
			return false;
		}
		try {
			String path = mutation.path().substring(ApiClient.ROOT.length() + "/students/".length());
			return this.api.send("DELETE", ApiClient.ROOT + "/students/" + path, ApiClient.VALID, null, null)
				.statusCode() == 204;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
