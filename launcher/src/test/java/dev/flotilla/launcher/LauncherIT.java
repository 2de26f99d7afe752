package dev.flotilla.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged launcher as a developer runs it: start, table, SIGTERM, nothing left
 * behind.
 */
class LauncherIT {

	private static final Path ROOT = Launcher.findRoot(Path.of("").toAbsolutePath());

	private static final Path OUTPUT = ROOT.resolve("launcher/target/it-logs/launcher.out");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void startsTheDataPressSystemsPrintsTheirUrlsAndStopsThemOnSigterm() throws Exception {
		Path jar = ROOT.resolve("launcher/target/launcher.jar");
		assertThat(jar).isRegularFile();
		assertThat(ROOT.resolve("datapress/api/target/datapress-api.jar")).isRegularFile();
		int apiPort = FreePorts.find();
		int webPort = FreePorts.find();
		Files.createDirectories(OUTPUT.getParent());
		ProcessBuilder builder = new ProcessBuilder(ChildProcess.javaCommand(), "-jar", jar.toString(), "--only",
				"datapress-api,datapress-web", "--timeout", "120")
			.directory(ROOT.toFile())
			.redirectErrorStream(true)
			.redirectOutput(OUTPUT.toFile());
		builder.environment().put("FLOTILLA_DATAPRESS_API_PORT", Integer.toString(apiPort));
		builder.environment().put("FLOTILLA_DATAPRESS_WEB_PORT", Integer.toString(webPort));
		builder.environment().put(Launcher.LOG_DIR_VARIABLE, "launcher/target/it-logs");
		Process launcher = builder.start();
		try {
			await().atMost(Duration.ofSeconds(150))
				.until(() -> output().contains(SummaryTable.READY) || !launcher.isAlive());
			assertThat(output()).contains("http://localhost:" + apiPort + "/", "http://localhost:" + webPort + "/")
				.containsPattern("datapress-api:? +up in [0-9]+\\.[0-9] s")
				.containsPattern("2 systems up in [0-9]+\\.[0-9] s");
			assertThat(get(apiPort, "/health").statusCode()).isEqualTo(200);
			assertThat(get(webPort, "/").body()).contains("DataPress");
			assertThat(get(webPort, "/api/").body()).contains("\"service\"");
			List<ProcessHandle> children = launcher.children().toList();
			assertThat(children).isNotEmpty();

			launcher.destroy();

			assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).as("launcher exits after SIGTERM").isTrue();
			assertThat(children).noneMatch(ProcessHandle::isAlive);
			await().atMost(Duration.ofSeconds(10)).until(() -> Ports.isFree(apiPort) && Ports.isFree(webPort));
			assertThat(output()).contains("Stopped datapress-web, datapress-api.");
		}
		finally {
			launcher.descendants().forEach(ProcessHandle::destroyForcibly);
			launcher.destroyForcibly();
		}
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.build();
		return this.http.send(request, BodyHandlers.ofString());
	}

	private static String output() throws IOException {
		return Files.readString(OUTPUT, StandardCharsets.UTF_8);
	}

}
