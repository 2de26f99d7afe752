package dev.flotilla.students;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API is never sniffed nor framed: answers and errors say {@code nosniff} and
 * {@code DENY}.
 */
class SecurityHeadersIT extends ApiIntegrationTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/supmit/api/v1.0/get_student_ages", "/nope", "/apidocs" })
	void everyAnswerSaysNosniffAndDeny(String path) throws Exception {
		HttpResponse<Void> response = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Authorization", ApiClient.VALID)
				.build(), BodyHandlers.discarding());
		assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/supmit/api/v1.0/get_student_ages" })
	void aRefusedCallSaysThemToo(String path) throws Exception {
		HttpResponse<Void> response = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				BodyHandlers.discarding());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
	}

}
