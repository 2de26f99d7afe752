package dev.flotilla.platform.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.flotilla.platform.PlatformTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probes, version, uptime, metrics and API docs every system gets from the platform.
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ActuatorAndOpenApiIT {

	private static final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void livenessAndReadinessProbesAreUp() throws Exception {
		assertThat(get("/actuator/health/liveness")).satisfies((r) -> {
			assertThat(r.statusCode()).isEqualTo(200);
			assertThat(r.body()).contains("\"status\":\"UP\"");
		});
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void plainHealthRouteAnswersOkWhileReady() throws Exception {
		HttpResponse<String> response = get("/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
	}

	@Test
	void infoGivesVersionAndUptime() throws Exception {
		assertThat(get("/actuator/info").body()).contains("\"version\":").contains("\"uptime_s\":");
	}

	@Test
	void prometheusMetricsAreExposed() throws Exception {
		HttpResponse<String> response = get("/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
	}

	@Test
	void swaggerUiIsAtApidocs() throws Exception {
		HttpResponse<String> response = get("/apidocs");
		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(get(URI.create("http://127.0.0.1:" + this.port).resolve(location).getPath()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void openApiDocumentsTheErrorShape() throws Exception {
		HttpResponse<String> response = get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"openapi\":\"3.1")
			.contains("\"ApiError\"")
			.contains("/test/items")
			.doesNotContain("\"/error\"");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				BodyHandlers.ofString());
	}

}
