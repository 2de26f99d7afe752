package dev.flotilla.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.flotilla.testsupport.RequiredTools;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A command-line tool a test drives. A missing tool skips the test on a developer's
 * machine, but fails it where {@code FLOTILLA_REQUIRE_TOOLS=true} (CI), so that a check
 * never passes silently because nothing ran.
 */
final class ExternalTool {

	private final String name;

	private final Path executable;

	private ExternalTool(String name, Path executable) {
		this.name = name;
		this.executable = executable;
	}

	static ExternalTool require(String name) {
		Optional<Path> executable = findOnPath(name);
		if (executable.isEmpty()) {
			RequiredTools.missing(name + " is not on the PATH: install " + name);
		}
		return new ExternalTool(name, executable.get());
	}

	/** Runs the tool from the repository root and waits at most {@code timeout}. */
	Result run(Duration timeout, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(this.executable.toString());
		command.addAll(List.of(arguments));
		// Files, not pipes: a tool that writes a lot can never block on a full pipe.
		Path stdout = Files.createTempFile(this.name, ".out");
		Path stderr = Files.createTempFile(this.name, ".err");
		try {
			Process process = new ProcessBuilder(command).directory(Repository.root().toFile())
				.redirectOutput(stdout.toFile())
				.redirectError(stderr.toFile())
				.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				fail(String.join(" ", command) + " did not finish within " + timeout);
			}
			return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
					Files.readString(stderr, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(stdout);
			Files.deleteIfExists(stderr);
		}
	}

	private static Optional<Path> findOnPath(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return Stream.of(path.split(File.pathSeparator))
			.filter((directory) -> !directory.isEmpty())
			.map((directory) -> Path.of(directory, name))
			.filter(Files::isExecutable)
			.findFirst();
	}

	record Result(int exitCode, String stdout, String stderr) {

	}

}
