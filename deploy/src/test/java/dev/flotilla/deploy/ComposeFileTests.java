package dev.flotilla.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeFileTests {

	private static final String COMPOSE_FILE = "deploy/compose/compose.yaml";

	private static Map<String, Object> services;

	@BeforeAll
	static void readComposeFile() throws IOException {
		try (Reader reader = Files.newBufferedReader(Repository.resolve(COMPOSE_FILE), StandardCharsets.UTF_8)) {
			Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			services = map(compose.get("services"));
		}
	}

	@Test
	void composeV1AcceptsTheFile() throws Exception {
		// Debian's docker-compose 1.29 is the stricter reader: it rejects keys that v2
		// ignores.
		Path file = Repository.resolve(COMPOSE_FILE);
		ExternalTool.Result result = ExternalTool.require("docker-compose")
			.run(Duration.ofSeconds(60), "-f", file.toString(), "config", "-q");

		assertThat(result.exitCode()).as("docker-compose config: %s", result.stderr()).isZero();
	}

	@Test
	void apiPublishesItsContainerPortOn8080() {
		assertThat(service("api").get("ports")).asList().containsExactly("8080:8000");
	}

	@Test
	void frontPublishesNginxOn8081() {
		assertThat(service("front").get("ports")).asList().containsExactly("8081:80");
	}

	@Test
	void bothServicesHaveHealthChecks() {
		assertThat(map(service("api").get("healthcheck")).get("test").toString()).contains("/health");
		assertThat(map(service("front").get("healthcheck")).get("test").toString()).contains("/healthz");
	}

	@Test
	void frontStartsOnceTheApiIsHealthy() {
		Map<String, Object> dependsOn = map(service("front").get("depends_on"));

		assertThat(map(dependsOn.get("api"))).containsEntry("condition", "service_healthy");
	}

	@Test
	void frontProxiesToTheApiOnTheComposeNetwork() {
		assertThat(map(service("front").get("environment"))).containsEntry("API_UPSTREAM", "http://api:8000");
	}

	private static Map<String, Object> service(String name) {
		assertThat(services).containsKey(name);
		return map(services.get(name));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

}
