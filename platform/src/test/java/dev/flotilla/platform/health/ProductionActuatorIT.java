package dev.flotilla.platform.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import dev.flotilla.platform.PlatformTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under {@code prod} the actuator leaves the public port: metrics and build info answer
 * only on the management port (9090 by default, a free one here), where the probes are.
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "TEST_SECRET=a-real-secret-for-this-test", "management.server.port=0" })
@ActiveProfiles("prod")
class ProductionActuatorIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void metricsAndInfoAreNotOnThePublicPort() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		for (String path : new String[] { "/actuator/prometheus", "/actuator/info", "/actuator/health" }) {
			assertThat(status(this.port, path)).as(path).isEqualTo(404);
		}
	}

	@Test
	void theManagementPortServesThemAndTheProbes() throws Exception {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/info", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			assertThat(status(this.managementPort, path)).as(path).isEqualTo(200);
		}
	}

	@Test
	void thePlainProbeRouteStaysOnThePublicPort() throws Exception {
		assertThat(status(this.port, "/health")).isEqualTo(200);
	}

	private static int status(int port, String path) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					BodyHandlers.discarding())
			.statusCode();
	}

}
