package dev.flotilla.students;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.flotilla.testsupport.UnreadableRequests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the container cannot read get a 400 in the JSON error shape, never a 500: a
 * query string that is not UTF-8, and a multipart body without a boundary on every JSON
 * write operation of the API document (with the right credentials: the Basic check comes
 * first).
 */
class UnreadableRequestIT extends ApiIntegrationTest {

	@Test
	void invalidUtf8QueryIsA400() {
		requests().assertInvalidUtf8Refused("/supmit/api/v1.0/get_student_ages?q=%C3%28");
	}

	@Test
	void multipartWithoutBoundaryIsA400OnEveryJsonWrite() {
		List<String> writes = requests().assertMultipartWithoutBoundaryRefusedOnEveryJsonWrite();
		assertThat(writes).contains("PUT /supmit/api/v1.0/students/{name}");
	}

	private UnreadableRequests requests() {
		return UnreadableRequests.at(this.port, Map.of("Authorization", ApiClient.VALID));
	}

}
