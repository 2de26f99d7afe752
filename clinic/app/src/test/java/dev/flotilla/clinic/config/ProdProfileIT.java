package dev.flotilla.clinic.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under {@code prod} (with a real admin password, as the production guard demands): the
 * session cookie is {@code Secure}, and metrics and build info are not on the public port
 * but on the management port, with the probes the Kubernetes manifests use.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:clinic_prod;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=",
				"CLINIC_ADMIN_PASSWORD=a-real-admin-password", "management.server.port=0" })
@ActiveProfiles("prod")
class ProdProfileIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void theSessionCookieIsSecure() throws Exception {
		HttpResponse<Void> login = get(this.port, "/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("CLINIC_SESSION=").contains("; Secure"));
	}

	@Test
	void metricsAndInfoAreNotPublic() throws Exception {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/info" }) {
			assertThat(get(this.port, path).statusCode()).as(path).isEqualTo(404);
			assertThat(get(this.managementPort, path).statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void theProbesAnswerOnTheManagementPort() throws Exception {
		for (String path : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			assertThat(get(this.managementPort, path).statusCode()).as(path).isEqualTo(200);
		}
	}

	private static HttpResponse<Void> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				BodyHandlers.discarding());
	}

}
