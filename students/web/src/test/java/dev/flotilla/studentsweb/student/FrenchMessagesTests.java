package dev.flotilla.studentsweb.student;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The catalogue of what the page can tell a user about the API and the form: every
 * message is French, whatever the API answered (its own messages are English and must not
 * leak through).
 */
class FrenchMessagesTests {

	/** Words of an English sentence that no French message of ours holds. */
	static final Pattern ENGLISH = Pattern.compile(
			"\\b(the|is|are|must|not|found|error|invalid|failed|unauthorized|access|between|request|please|"
					+ "student|name|age|required|field|validation|unavailable|too|many|disk)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final ApiCredentials ROOT = new ApiCredentials("root", "root", "test");

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"400|{\"error\":\"validation_failed\",\"message\":\"Validation failed\",\"fields\":[{\"field\":\"name\",\"message\":\"must match\"}]}",
			"400|{\"error\":\"validation_failed\",\"message\":\"Validation failed\",\"fields\":[{\"field\":\"age\",\"message\":\"must be between 1 and 150\"},{\"field\":\"name\",\"message\":\"must not be blank\"}]}",
			"400|{\"error\":\"malformed_json\",\"message\":\"The body is not valid JSON\"}", "400|not json at all",
			"401|{\"error\":\"Unauthorized access\"}", "403|{\"error\":\"forbidden\",\"message\":\"Forbidden\"}",
			"404|{\"error\":\"Not found\"}", "409|{\"error\":\"conflict\",\"message\":\"Conflict\"}",
			"413|{\"error\":\"payload_too_large\",\"message\":\"Payload too large\"}",
			"429|{\"error\":\"too_many_requests\",\"message\":\"Too many failed attempts\"}",
			"500|{\"error\":\"internal_error\",\"message\":\"Internal error\"}",
			"503|{\"error\":\"storage_unavailable\",\"message\":\"The disk is unavailable\"}" })
	void everyApiFailureIsToldInFrench(int status, String body) throws IOException {
		List<String> messages = new ArrayList<>();
		withApi(status, body, (client) -> {
			messages.add(failure(() -> client.list()));
			messages.add(failure(() -> client.save(ROOT, "Zoé", 14)));
			messages.add(failure(() -> client.delete(ROOT, "Zoé")));
			messages.add(failure(() -> client.verify(ROOT)));
		});
		assertThat(messages).allSatisfy(FrenchMessagesTests::assertFrench);
	}

	@Test
	void unreachableAndUnreadableAnswersAreToldInFrench() throws IOException {
		StudentsApiClient down = new StudentsApiClient("http://127.0.0.1:9", ROOT, Duration.ofSeconds(2),
				Duration.ofSeconds(2));
		assertFrench(failure(down::list));
		withApi(200, "<html>not json</html>", (client) -> assertFrench(failure(client::list)));
	}

	@Test
	void formRulesAreToldInFrench() {
		try (var factory = Validation.buildDefaultValidatorFactory()) {
			Validator validator = factory.getValidator();
			Set<ConstraintViolation<StudentForm>> violations = new java.util.HashSet<>();
			violations.addAll(validator.validate(new StudentForm(null, null, null)));
			violations.addAll(validator.validate(new StudentForm("R2D2", 0, null)));
			violations.addAll(validator.validate(new StudentForm("x".repeat(101), 151, null)));
			assertThat(violations).hasSizeGreaterThanOrEqualTo(5)
				.allSatisfy((violation) -> assertFrench(violation.getMessage()));
		}
	}

	@Test
	void signInMessagesAreFrench() {
		assertFrench(SignInController.WRONG);
		assertFrench(StudentsApiClient.SIGNED_IN_REFUSED);
		assertFrench(StudentsApiClient.THROTTLED);
	}

	static void assertFrench(String message) {
		assertThat(message).as("a message for the user").isNotBlank().doesNotContainPattern(ENGLISH);
	}

	private static String failure(Runnable call) {
		return assertThatExceptionOfType(StudentsApiException.class).isThrownBy(call::run).actual().getMessage();
	}

	private static void withApi(int status, String body, Consumer<StudentsApiClient> test) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", (exchange) -> {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		server.start();
		try {
			test.accept(new StudentsApiClient("http://127.0.0.1:" + server.getAddress().getPort(), ROOT,
					Duration.ofSeconds(2), Duration.ofSeconds(5)));
		}
		finally {
			server.stop(0);
		}
	}

}
