package dev.flotilla.datapress;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the container cannot read get a 400 in the JSON error shape, never a 500: a
 * query string that is not UTF-8, and a multipart body without a boundary on every JSON
 * write operation of the API document.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "APP_ENV=recette", "BANNER=Bienvenue en recette", "DB_PASSWORD=s3cret-dummy" })
class UnreadableRequestIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void invalidUtf8QueryIsA400() throws Exception {
		for (String path : List.of("/api/kpis?from=%C3%28")) {
			HttpResponse<String> response = send("GET", path, null);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(errorCode(response)).as(path).isEqualTo("invalid_encoding");
			assertThat(json.readTree(response.body()).get("message").asString()).contains("UTF-8");
		}
	}

	@Test
	void multipartWithoutBoundaryIsA400OnEveryJsonWrite() throws Exception {
		List<String> writes = jsonWriteOperations();
		assertThat(writes).contains("POST /api/kpis/compare");
		for (String operation : writes) {
			String[] parts = operation.split(" ", 2);
			HttpResponse<String> response = send(parts[0], parts[1].replaceAll("\\{[^}]+}", "1"),
					"multipart/form-data");
			assertThat(response.statusCode()).as(operation).isEqualTo(400);
			assertThat(errorCode(response)).as(operation).isEqualTo("malformed_multipart");
		}
	}

	/** Every operation of the API document that takes a JSON body, as "METHOD /path". */
	private List<String> jsonWriteOperations() throws Exception {
		JsonNode paths = json.readTree(send("GET", "/v3/api-docs", null).body()).get("paths");
		List<String> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (operation.getValue().path("requestBody").path("content").has("application/json")) {
					operations.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
				}
			}
		}
		return operations;
	}

	private HttpResponse<String> send(String method, String path, String contentType) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, (contentType != null) ? BodyPublishers.ofString("a=b") : BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return http.send(request.build(), BodyHandlers.ofString());
	}

	/** The error code of a JSON error body; fails on anything else. */
	private static String errorCode(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).doesNotContain("Exception", "\tat ");
		return json.readTree(response.body()).get("error").asString();
	}

}
