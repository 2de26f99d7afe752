package dev.flotilla.datapress;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API is never sniffed nor framed: answers and errors say {@code nosniff} and
 * {@code DENY}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "APP_ENV=recette", "BANNER=Bienvenue en recette", "DB_PASSWORD=s3cret-dummy" })
class SecurityHeadersIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/health", "/api/kpis", "/nope", "/apidocs" })
	void everyAnswerSaysNosniffAndDeny(String path) throws Exception {
		HttpResponse<Void> response = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				BodyHandlers.discarding());
		assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
	}

}
