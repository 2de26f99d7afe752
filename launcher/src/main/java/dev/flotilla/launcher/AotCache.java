package dev.flotilla.launcher;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;

/**
 * A JDK 25 AOT cache (JEP 483, 514) per Boot jar, as the images make theirs: the jar is
 * extracted to a plain class path ({@code java -Djarmode=tools … extract}), then a
 * training run that stops once the context is refreshed
 * ({@code -Dspring.context.exit=onRefresh}) writes the cache, on an in-memory database so
 * the local data is not touched. Made once per build of the jar (the jar's size and time
 * are kept beside it) under {@code data/aot/<system>/}; a system starts from it when it
 * is there and current, and from its jar otherwise, so a failed training only costs the
 * speed-up.
 */
final class AotCache {

	static final int MIN_FEATURE = 25;

	private static final long TRAINING_TIMEOUT_SECONDS = 300;

	private static final Map<String, String> TRAINING_ENV = Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:mem:training",
			"SERVER_PORT", "0");

	private final Path dir;

	private final Path jar;

	AotCache(Path root, SystemSpec spec, Path jar) {
		this.dir = root.resolve("data/aot").resolve(spec.name());
		this.jar = root.resolve(jar);
	}

	/** Whether the JDK that runs the launcher, and so its children, reads AOT caches. */
	static boolean supported() {
		return Runtime.version().feature() >= MIN_FEATURE;
	}

	/** Whether {@link #prepare()} has a cache to make. */
	boolean needsPreparing() {
		return supported() && !isCurrent();
	}

	/** The command that starts the system from its cache, when the cache is current. */
	Optional<List<String>> command() {
		if (!supported() || !isCurrent()) {
			return Optional.empty();
		}
		return Optional
			.of(List.of(ChildProcess.javaCommand(), "-XX:AOTCache=" + cache(), "-jar", extractedJar().toString()));
	}

	/**
	 * Makes the cache unless it is current; {@code false} when it could not be made (the
	 * reason is in {@code training.log}).
	 */
	boolean prepare() throws InterruptedException {
		if (!supported() || isCurrent()) {
			return true;
		}
		try {
			deleteRecursively(this.dir);
			Files.createDirectories(this.dir);
			Path log = this.dir.resolve("training.log");
			Map<String, String> env = new HashMap<>(TRAINING_ENV);
			env.put("STUDENT_AGE_FILE", this.dir.resolve("training-students.json").toString());
			boolean made = run(List.of(ChildProcess.javaCommand(), "-Djarmode=tools", "-jar", this.jar.toString(),
					"extract", "--destination", this.dir.resolve("app").toString()), Map.of(), log)
					&& run(List.of(ChildProcess.javaCommand(), "-XX:AOTCacheOutput=" + cache(),
							"-Dspring.context.exit=onRefresh", "-jar", extractedJar().toString()), env, log)
					&& Files.isRegularFile(cache());
			if (made) {
				Files.writeString(stamp(), stampOf(this.jar), StandardCharsets.UTF_8);
			}
			return made;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private boolean isCurrent() {
		try {
			return Files.isRegularFile(cache()) && Files.isRegularFile(extractedJar()) && Files.isRegularFile(stamp())
					&& Files.readString(stamp(), StandardCharsets.UTF_8).equals(stampOf(this.jar));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private Path cache() {
		return this.dir.resolve("app.aot");
	}

	private Path stamp() {
		return this.dir.resolve("jar.stamp");
	}

	private Path extractedJar() {
		return this.dir.resolve("app").resolve(this.jar.getFileName());
	}

	private static String stampOf(Path jar) throws IOException {
		FileTime modified = Files.getLastModifiedTime(jar);
		return Files.size(jar) + " " + modified.toMillis();
	}

	@SuppressFBWarnings(value = "COMMAND_INJECTION",
			justification = "The commands are the JDK's own tools on jars the build made, never a request's input")
	private boolean run(List<String> command, Map<String, String> env, Path log)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(Redirect.appendTo(log.toFile()));
		builder.environment().putAll(env);
		Process process = builder.start();
		if (!process.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return false;
		}
		return process.exitValue() == 0;
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
