package dev.flotilla.launcher;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;

/**
 * A system running as a child process, its output in {@code <logs>/<system>.log}.
 */
final class ChildProcess implements Running {

	static final Duration GRACE = Duration.ofSeconds(20);

	private final SystemSpec spec;

	private final Process process;

	private final Path log;

	private ChildProcess(SystemSpec spec, Process process, Path log) {
		this.spec = spec;
		this.process = process;
		this.log = log;
	}

	@SuppressFBWarnings(value = "COMMAND_INJECTION",
			justification = "Starting configured local commands is the launcher's job; the command comes from Fleet, never from a request")
	static ChildProcess start(SystemSpec spec, List<String> command, Map<String, String> env, StartContext context)
			throws IOException {
		Files.createDirectories(context.logs());
		Path log = context.logs().resolve(spec.name() + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(context.root().toFile())
			.redirectErrorStream(true)
			.redirectOutput(Redirect.to(log.toFile()));
		builder.environment().putAll(env);
		return new ChildProcess(spec, builder.start(), log);
	}

	/** The java that runs the launcher, so children run on the same JDK. */
	static String javaCommand() {
		return ProcessHandle.current()
			.info()
			.command()
			.orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	long pid() {
		return this.process.pid();
	}

	@Override
	public SystemSpec spec() {
		return this.spec;
	}

	@Override
	public CompletableFuture<Integer> exit() {
		return this.process.onExit().thenApply(Process::exitValue);
	}

	@Override
	public Optional<Path> log() {
		return Optional.of(this.log);
	}

	@Override
	public void close() {
		// A dev server forks its own children; they must not outlive the launcher.
		List<ProcessHandle> descendants = this.process.descendants().toList();
		this.process.destroy();
		try {
			if (!this.process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly().waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
	}

}
