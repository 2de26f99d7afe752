package dev.flotilla.studentsweb.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the container cannot read get a 400 in the JSON error shape, never a 500: a
 * query string that is not UTF-8 on the pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "students-web.api-url=http://127.0.0.1:9",
		"students-web.username=root", "students-web.password=root" })
class UnreadableRequestIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void invalidUtf8QueryIsA400() throws Exception {
		for (String path : List.of("/?q=%C3%28", "/students?q=%C3%28")) {
			HttpResponse<String> response = send("GET", path, null);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(errorCode(response)).as(path).isEqualTo("invalid_encoding");
			assertThat(json.readTree(response.body()).get("message").asString()).contains("UTF-8");
		}
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
