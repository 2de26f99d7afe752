package dev.flotilla.studentsweb.config;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application over real HTTP, with the API down (nothing listens on port 9):
 * what a browser and a script get for errors, and the page still answers; with Secure
 * session cookies, the CSRF cookie is Secure too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "students-web.api-url=http://127.0.0.1:9", "students-web.username=root",
				"students-web.password=root",
				// As under a production profile behind a TLS proxy: the CSRF cookie
				// follows it.
				"server.servlet.session.cookie.secure=true" })
class StudentsWebIT {

	private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Test
	void browserGetsAFrenchPageForAnUnknownPage() throws Exception {
		HttpResponse<String> response = send(get("/nope", HTML));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("Page introuvable", "Revenir à la page des étudiants");
	}

	@Test
	void scriptGetsThePlatformJsonForAnUnknownPage() throws Exception {
		HttpResponse<String> response = send(get("/nope", "application/json"));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("\"error\"").doesNotContain("<html");
	}

	@Test
	void browserPostWithoutCsrfTokenGetsAFrenchPage() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(url("/students"))
			.header("Accept", HTML)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=Zo%C3%A9&age=14"))
			.build();
		HttpResponse<String> response = send(request);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Formulaire expiré").doesNotContain("Exception");
	}

	@Test
	void pageSaysTheApiIsUnreachable() throws Exception {
		HttpResponse<String> response = send(get("/students", HTML));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("L&#39;API est injoignable", "List Student");
	}

	@Test
	void csrfCookieIsSecureWhenTheSessionCookieIs() throws Exception {
		HttpResponse<String> response = send(get("/login", HTML));
		assertThat(response.headers().allValues("Set-Cookie")).singleElement()
			.satisfies((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("Secure", "HttpOnly"));
	}

	@Test
	void probesStylesheetAndNoApiDocs() throws Exception {
		assertThat(send(get("/actuator/health/readiness", "application/json")).statusCode()).isEqualTo(200);
		HttpResponse<String> css = send(get("/css/students.css", "text/css"));
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/css"));
		assertThat(send(get("/v3/api-docs", "application/json")).statusCode()).isEqualTo(404);
	}

	private HttpRequest get(String path, String accept) {
		return HttpRequest.newBuilder(url(path)).header("Accept", accept).GET().build();
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
