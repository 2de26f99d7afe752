package dev.flotilla.launcher;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A started system. Closing it stops it and waits until it has stopped.
 */
interface Running extends AutoCloseable {

	SystemSpec spec();

	/** Completes with the exit code once the system has stopped, for whatever reason. */
	CompletableFuture<Integer> exit();

	/** The file holding the system's output, when it has one. */
	Optional<Path> log();

	@Override
	void close();

}
