package dev.flotilla.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * What a system needs to start besides its own spec.
 *
 * @param root the repository root, working directory of every child process
 * @param logs where child processes write {@code <system>.log}
 * @param fleet every system with its resolved port, started or not, so a front finds its
 * API
 */
record StartContext(Path root, Path logs, List<SystemSpec> fleet) {

	StartContext {
		fleet = List.copyOf(fleet);
	}

	int portOf(String system) {
		return this.fleet.stream()
			.filter((spec) -> spec.name().equals(system))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown system " + system))
			.port();
	}

}
