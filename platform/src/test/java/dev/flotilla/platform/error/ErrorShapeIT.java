package dev.flotilla.platform.error;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.flotilla.platform.PlatformTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error path, over real HTTP, answers with the JSON error shape and leaks nothing.
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorShapeIT {

	private static final HttpClient client = HttpClient.newHttpClient();

	private static final byte[] OVERSIZED = ("{\"name\":\"" + "x".repeat(100_000) + "\",\"quantity\":1}").getBytes();

	@LocalServerPort
	int port;

	static Stream<Arguments> errorPaths() {
		return Stream.of(Arguments.of("unknown route", "GET", "/nope", null, null, 404, "not_found"),
				Arguments.of("unknown route asked as HTML", "GET", "/nope?html", null, null, 404, "not_found"),
				Arguments.of("wrong method", "DELETE", "/test/items", null, null, 405, "method_not_allowed"),
				Arguments.of("unsupported media type", "POST", "/test/items", "text/plain",
						BodyPublishers.ofString("hello"), 415, "unsupported_media_type"),
				Arguments.of("malformed JSON", "POST", "/test/items", "application/json",
						BodyPublishers.ofString("{\"name\": "), 400, "malformed_json"),
				Arguments.of("wrong JSON type", "POST", "/test/items", "application/json",
						BodyPublishers.ofString("{\"name\": \"a\", \"quantity\": \"many\"}"), 400, "malformed_json"),
				Arguments.of("missing body", "POST", "/test/items", "application/json", BodyPublishers.noBody(), 400,
						"malformed_json"),
				Arguments.of("failed validation", "POST", "/test/items", "application/json",
						BodyPublishers.ofString("{\"name\": \"\", \"quantity\": 0}"), 400, "validation_failed"),
				Arguments.of("declared body too large", "POST", "/test/items", "application/json",
						BodyPublishers.ofByteArray(OVERSIZED), 413, "payload_too_large"),
				Arguments.of("chunked body too large", "POST", "/test/items", "application/json",
						BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(OVERSIZED)), 413,
						"payload_too_large"),
				Arguments.of("path variable of the wrong type", "GET", "/test/items/abc", null, null, 400,
						"invalid_request"),
				Arguments.of("missing parameter", "GET", "/test/count", null, null, 400, "invalid_request"),
				Arguments.of("parameter out of range", "GET", "/test/count?n=0", null, null, 400, "validation_failed"),
				Arguments.of("domain not found", "GET", "/test/items/7", null, null, 404, "not_found"),
				Arguments.of("domain conflict", "GET", "/test/items/409", null, null, 409, "conflict"),
				Arguments.of("unexpected failure", "GET", "/test/boom", null, null, 500, "internal_error"),
				Arguments.of("direct error path", "GET", "/error", null, null, 404, "not_found"),
				Arguments.of("invalid UTF-8 in the query", "GET", "/test/count?n=%C3%28", null, null, 400,
						"invalid_encoding"),
				Arguments.of("invalid UTF-8 in a form body", "POST", "/test/items", "application/x-www-form-urlencoded",
						BodyPublishers.ofString("name=%C3%28"), 400, "invalid_encoding"),
				Arguments.of("multipart without a boundary", "POST", "/test/items", "multipart/form-data",
						BodyPublishers.ofString("name=a"), 400, "malformed_multipart"),
				Arguments.of("multipart with a boundary it never uses", "POST", "/test/items",
						"multipart/form-data; boundary=xyz", BodyPublishers.ofString("name=a"), 415,
						"unsupported_media_type"),
				Arguments.of("multipart cut before its closing boundary", "POST", "/test/items",
						"multipart/form-data; boundary=xyz",
						BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb"), 400,
						"malformed_multipart"));
	}

	@ParameterizedTest(name = "{0} -> {5} {6}")
	@MethodSource("errorPaths")
	void answersWithTheJsonErrorShape(String description, String method, String path, String contentType,
			BodyPublisher body, int status, String code) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, (body != null) ? body : BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (path.endsWith("?html")) {
			request.header("Accept", "text/html");
		}
		HttpResponse<String> response = client.send(request.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"error\":\"" + code + "\"")
			.contains("\"message\":")
			.doesNotContainIgnoringCase("<html")
			.doesNotContain("Exception", "SELECT", "dev.flotilla", "\tat ");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errorPaths")
	void errorsCarryARequestId(String description, String method, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, BodyPublishers.noBody())
			.build();
		HttpResponse<Void> response = client.send(request, BodyHandlers.discarding());
		assertThat(response.headers().firstValue("X-Request-Id"))
			.hasValueSatisfying((id) -> assertThat(id).hasSize(36));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/a%ZZ", "/%2e%2e/x", "/x/%00" })
	void requestsTomcatRejectsItselfGetJsonToo(String rawPath) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 400")
				.containsIgnoringCase("Content-Type: application/json")
				.contains("{\"error\":\"invalid_request\",\"message\":\"Bad Request\"}")
				.doesNotContainIgnoringCase("<html");
		}
	}

	@org.junit.jupiter.api.Test
	void wrongTypeInTheBodyNamesTheField() throws Exception {
		HttpResponse<String> response = client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/test/items"))
				.header("Content-Type", "application/json")
				.POST(BodyPublishers.ofString("{\"name\": \"a\", \"quantity\": \"many\"}"))
				.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"malformed_json\"")
			.contains("Invalid value for 'quantity'")
			.contains("\"field\":\"quantity\"");
	}

	@org.junit.jupiter.api.Test
	void keepsASaneRequestIdFromTheCallerAndReplacesAnInsaneOne() throws Exception {
		assertThat(requestIdEchoedFor("proxy-42.abc")).isEqualTo("proxy-42.abc");
		assertThat(requestIdEchoedFor("bad id <script>")).isNotEqualTo("bad id <script>").hasSize(36);
	}

	private String requestIdEchoedFor(String id) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/nope"))
			.header("X-Request-Id", id)
			.build();
		return client.send(request, BodyHandlers.discarding()).headers().firstValue("X-Request-Id").orElseThrow();
	}

}
