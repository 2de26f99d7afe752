package dev.flotilla.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * A built Spring Boot jar running as a child process, as in production, for tests that
 * kill it or start it again.
 *
 * @param process the process
 * @param port the HTTP port it was given ({@code PORT})
 */
public record JarProcess(Process process, int port) {

	private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

	/** Quick to start and small: the tests exercise behaviour, not peak speed. */
	private static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");

	/**
	 * Start a jar on a free port.
	 * @param jar the executable jar
	 * @param environment environment variables to add
	 * @param log the file its output is appended to
	 * @return the running process
	 * @throws IOException if it cannot be started
	 */
	public static JarProcess start(Path jar, Map<String, String> environment, Path log) throws IOException {
		return start(jar, freePort(), environment, log);
	}

	/**
	 * Start a jar on a given port (e.g. the port of a previous run it replaces).
	 * @param jar the executable jar
	 * @param port the port
	 * @param environment environment variables to add
	 * @param log the file its output is appended to
	 * @return the running process
	 * @throws IOException if it cannot be started
	 */
	public static JarProcess start(Path jar, int port, Map<String, String> environment, Path log) throws IOException {
		List<String> command = new ArrayList<>(List.of(JAVA.toString()));
		command.addAll(FAST_START);
		command.addAll(List.of("-jar", jar.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("PORT", Integer.toString(port));
		builder.environment().putAll(environment);
		return new JarProcess(builder.start(), port);
	}

	/**
	 * Wait until a GET of the path answers 200, failing at once if the process exits.
	 * @param path e.g. {@code /actuator/health/readiness}
	 * @param timeout how long a start may take
	 */
	public void awaitOk(String path, Duration timeout) {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(5))
			.build();
		Awaitility.await()
			.atMost(timeout)
			.pollInterval(Duration.ofMillis(100))
			.failFast("the process exited", () -> !this.process.isAlive())
			.ignoreExceptions()
			.until(() -> client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
	}

	/**
	 * SIGKILL, and wait for the process to be gone.
	 * @throws InterruptedException if interrupted while waiting
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/**
	 * SIGTERM (a graceful stop), and wait for the process to exit.
	 * @return its exit code
	 * @throws InterruptedException if interrupted while waiting
	 */
	public int stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
		return this.process.exitValue();
	}

	/**
	 * A port free at the time of the call.
	 * @return the port
	 * @throws IOException if no socket can be opened
	 */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
