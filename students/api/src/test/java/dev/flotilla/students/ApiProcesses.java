package dev.flotilla.students;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the built jar ({@code target/students-api.jar}) as a child process, as it runs
 * in production. A JVM start is made cheap enough to repeat dozens of times: the jar is
 * extracted once (class data sharing needs plain jars), a training start records an AOT
 * cache (JDK 25+) or a dynamic CDS archive (older JDKs), and the JIT stops at C1. All of
 * it is reused while the jar does not change.
 */
final class ApiProcesses {

	private static final Path JAR = Path.of("target", "students-api.jar").toAbsolutePath();

	private static final Path WORK = Path.of("target", "process-it").toAbsolutePath();

	private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

	private static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");

	private static ApiProcesses instance;

	private final Path app;

	private final List<String> jvmOptions;

	private ApiProcesses(Path app, List<String> jvmOptions) {
		this.app = app;
		this.jvmOptions = jvmOptions;
	}

	static synchronized ApiProcesses prepare() throws IOException, InterruptedException {
		if (instance == null) {
			assertThat(JAR).as("run 'mvn verify' (the jar is built by 'package')").exists();
			Path app = WORK.resolve("app");
			Path marker = WORK.resolve("source.txt");
			Path archive = WORK.resolve((Runtime.version().feature() >= 25) ? "students-api.aot" : "students-api.jsa");
			String source = Files.size(JAR) + " " + Files.getLastModifiedTime(JAR) + " " + JAVA;
			if (!Files.exists(marker) || !Files.readString(marker).equals(source)) {
				deleteRecursively(WORK);
				Files.createDirectories(WORK);
				int extracted = run(List.of(JAVA.toString(), "-Djarmode=tools", "-jar", JAR.toString(), "extract",
						"--destination", app.toString()), Map.of(), WORK.resolve("extract.log"));
				assertThat(extracted).as(output(WORK.resolve("extract.log"))).isZero();
				train(app, archive);
				Files.writeString(marker, source);
			}
			List<String> options = new ArrayList<>(FAST_START);
			if (Files.exists(archive)) {
				options
					.add(((Runtime.version().feature() >= 25) ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive);
			}
			instance = new ApiProcesses(app, options);
		}
		return instance;
	}

	/**
	 * Starts the API on a free port.
	 * @param environment extra environment variables (the data file's, for example)
	 * @param log where its output goes
	 */
	Started start(Map<String, String> environment, Path log) throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(JAVA.toString()));
		command.addAll(this.jvmOptions);
		command.addAll(List.of("-jar", this.app.resolve("students-api.jar").toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("PORT", Integer.toString(port));
		builder.environment().putAll(environment);
		return new Started(builder.start(), port);
	}

	/** Waits until the process answers its health probe. */
	static void awaitHealthy(Started started) {
		ApiClient api = new ApiClient(started.port());
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(50))
			.failFast("the API exited", () -> !started.process().isAlive())
			.ignoreExceptions()
			.until(() -> api.send("GET", "/health", null, null, null).statusCode() == 200);
	}

	/** Runs a process to its end. */
	static int run(List<String> command, Map<String, String> environment, Path log)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(command + " did not finish; see " + log);
		}
		return process.exitValue();
	}

	static String output(Path log) {
		try {
			return Files.readString(log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts the application once, up to a refreshed context, to record what it loads.
	 */
	private static void train(Path app, Path archive) throws IOException, InterruptedException {
		Path data = Files.createDirectories(WORK.resolve("training")).resolve("student_age.json");
		List<String> command = new ArrayList<>(List.of(JAVA.toString()));
		command.addAll(FAST_START);
		command
			.add(((Runtime.version().feature() >= 25) ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive);
		command.addAll(List.of("-Dspring.context.exit=onRefresh", "-jar", app.resolve("students-api.jar").toString()));
		int exit = run(command, Map.of("PORT", "0", "STUDENT_AGE_FILE", data.toString()), WORK.resolve("training.log"));
		if (exit != 0) {
			// Slower starts, same behaviour: the tests still run.
			Files.deleteIfExists(archive);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.delete(path);
			}
		}
	}

	record Started(Process process, int port) {
	}

}
