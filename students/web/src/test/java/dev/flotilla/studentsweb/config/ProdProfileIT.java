package dev.flotilla.studentsweb.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;

import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under {@code prod}: the session cookie is {@code Secure}, and metrics and build info
 * are not on the public port but on the management port, with the probes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "students-web.api-url=http://127.0.0.1:9", "students-web.username=root",
				"students-web.password=root", "management.server.port=0" })
@ActiveProfiles("prod")
class ProdProfileIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	ServletContext servletContext;

	@Test
	void theSessionCookieIsSecure() {
		assertThat(this.servletContext.getSessionCookieConfig().isSecure()).isTrue();
		assertThat(this.servletContext.getSessionCookieConfig().isHttpOnly()).isTrue();
	}

	@Test
	void metricsAndInfoAreNotPublic() throws Exception {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/info" }) {
			assertThat(status(this.port, path)).as(path).isEqualTo(404);
			assertThat(status(this.managementPort, path)).as(path).isEqualTo(200);
		}
		assertThat(status(this.managementPort, "/actuator/health/readiness")).isEqualTo(200);
	}

	private static int status(int port, String path) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					BodyHandlers.discarding())
			.statusCode();
	}

}
