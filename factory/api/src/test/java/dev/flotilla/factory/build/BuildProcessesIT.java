package dev.flotilla.factory.build;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.flotilla.testsupport.JarProcess;
import dev.flotilla.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Builds against real processes of the built jar: a SIGKILL mid-build, and two replicas
 * sharing one PostgreSQL database.
 */
class BuildProcessesIT {

	private static final Path JAR = Path.of("target", "factory-api.jar").toAbsolutePath();

	private static final Duration START = Duration.ofSeconds(120);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void stoppedMidBuildRequeuesItAndKilledMidBuildFailsItWithAReason(@TempDir Path dir) throws Exception {
		Map<String, String> env = new HashMap<>(Map.of("SPRING_DATASOURCE_URL",
				"jdbc:h2:file:" + dir.resolve("factory")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
				"BUILD_WORKERS", "1", "BUILD_SEED", "1", "FACTORY_BUILDS_NODE_ID", "crash-node",
				"FACTORY_BUILDS_TIME_SCALE", "50"));
		// 1. A graceful stop (SIGTERM) puts the running build back in the queue.
		JarProcess first = JarProcess.start(JAR, env, dir.resolve("first.log"));
		long project;
		try {
			first.awaitOk("/actuator/health/readiness", START);
			String token = login(first.port());
			project = createProject(first.port(), token);
			for (int i = 0; i < 3; i++) {
				assertThat(send(first.port(), "POST", "/projects/" + project + "/builds", token).statusCode())
					.isEqualTo(202);
			}
			await().atMost(START).until(() -> status(first.port(), token, project, 1).equals("running"));
			assertThat(status(first.port(), token, project, 2)).isEqualTo("queued");
		}
		finally {
			first.stop();
		}
		// 2. The next process runs it again, and is killed (SIGKILL) in the middle.
		JarProcess second = JarProcess.start(JAR, first.port(), env, dir.resolve("second.log"));
		try {
			second.awaitOk("/actuator/health/readiness", START);
			String token = login(second.port());
			JsonNode rerun = await().atMost(START)
				.until(() -> build(second.port(), token, project, 1),
						(build) -> build.get("status").asString().equals("running"));
			assertThat(rerun.get("logs").asString()).contains("Requeued: crash-node is shutting down");
		}
		finally {
			second.kill();
		}
		// 3. At the next start, the killed build is failed with a reason; the queue goes
		// on.
		env.put("FACTORY_BUILDS_TIME_SCALE", "0.01");
		JarProcess third = JarProcess.start(JAR, first.port(), env, dir.resolve("third.log"));
		try {
			third.awaitOk("/actuator/health/readiness", START);
			String token = login(third.port());
			HttpResponse<String> afterRestart = send(third.port(), "GET", "/projects/" + project + "/builds/1", token);
			assertThat(afterRestart.statusCode()).as(afterRestart.body()).isEqualTo(200);
			JsonNode killed = json(afterRestart);
			assertThat(killed.get("status").asString()).isEqualTo("fail");
			assertThat(killed.get("logs").asString()).contains("its worker stopped while it was running");
			for (int number = 2; number <= 3; number++) {
				int n = number;
				JsonNode finished = await().atMost(START)
					.until(() -> build(third.port(), token, project, n),
							(build) -> build.get("status").asString().matches("success|fail"));
				assertThat(finished.get("logs").asString()).containsOnlyOnce("Started on crash-node");
			}
		}
		finally {
			third.kill();
		}
	}

	@Test
	void twoReplicasOnOneDatabaseNeverRunABuildTwice(@TempDir Path dir) throws Exception {
		try (TestDatabase.Fresh database = TestDatabase.POSTGRES.create("factory_replicas")) {
			// The seed's own URL form, as its docker-compose passes it.
			URI server = URI.create(database.url().substring("jdbc:".length()));
			String credentials = database.username() + (database.password().isEmpty() ? "" : ":" + database.password());
			String seedUrl = "postgresql+psycopg2://" + credentials + "@" + server.getHost() + ":" + server.getPort()
					+ "/" + database.name();
			Map<String, String> env = Map.of("DB_URL", seedUrl, "FACTORY_BUILDS_TIME_SCALE", "0.01",
					"FACTORY_BUILDS_POLL_INTERVAL", "20ms");
			JarProcess a = JarProcess.start(JAR, env, dir.resolve("a.log"));
			JarProcess b = JarProcess.start(JAR, env, dir.resolve("b.log"));
			try {
				a.awaitOk("/actuator/health/readiness", START);
				b.awaitOk("/actuator/health/readiness", START);
				String token = login(a.port());
				long project = createProject(a.port(), token);
				for (int i = 0; i < 40; i++) {
					int port = (i % 2 == 0) ? a.port() : b.port();
					assertThat(send(port, "POST", "/projects/" + project + "/builds", token).statusCode())
						.isEqualTo(202);
				}
				JsonNode page = await().atMost(START)
					.until(() -> json(send(a.port(), "GET", "/projects/" + project + "/builds?per_page=100", token)),
							(builds) -> builds.get("items")
								.valueStream()
								.allMatch((build) -> build.get("status").asString().matches("success|fail")));
				assertThat(page.get("total").asLong()).isEqualTo(40);
				long onA = 0;
				for (JsonNode build : page.get("items")) {
					String logs = build.get("logs").asString();
					assertThat(logs).containsOnlyOnce("Started on");
					onA += logs.contains(":" + a.port() + "\n") ? 1 : 0;
				}
				assertThat(onA).as("builds run by replica A").isBetween(1L, 39L);
			}
			finally {
				a.kill();
				b.kill();
			}
		}
	}

	private String login(int port) throws Exception {
		HttpResponse<String> response = this.http.send(request(port, "/login", null)
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"admin123\"}"))
			.header("Content-Type", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		return json(response).get("access_token").asString();
	}

	private long createProject(int port, String token) throws Exception {
		HttpResponse<String> response = this.http.send(request(port, "/projects", token)
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"crash\",\"repo\":\"https://x.org/crash\"}"))
			.header("Content-Type", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		return json(response).get("id").asLong();
	}

	private String status(int port, String token, long project, int number) throws Exception {
		return build(port, token, project, number).get("status").asString();
	}

	private JsonNode build(int port, String token, long project, int number) throws Exception {
		return json(send(port, "GET", "/projects/" + project + "/builds/" + number, token));
	}

	private HttpResponse<String> send(int port, String method, String path, String token) throws Exception {
		return this.http.send(request(port, path, token).method(method, HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(int port, String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30));
		return (token != null) ? builder.header("Authorization", "Bearer " + token) : builder;
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
