package dev.flotilla.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The systems started so far. Closing stops them in reverse start order; a system added
 * after that is stopped at once, so a Ctrl-C during start-up leaves nothing behind.
 */
final class RunningFleet implements AutoCloseable {

	private final List<Running> systems = new ArrayList<>();

	private boolean closed;

	synchronized void add(Running running) {
		if (this.closed) {
			running.close();
			return;
		}
		this.systems.add(running);
	}

	synchronized List<Running> systems() {
		return List.copyOf(this.systems);
	}

	synchronized boolean isClosed() {
		return this.closed;
	}

	/** Completes with the first system that stops. */
	CompletableFuture<Running> anyExit() {
		CompletableFuture<Running> first = new CompletableFuture<>();
		systems().forEach((running) -> running.exit().thenRun(() -> first.complete(running)));
		return first;
	}

	/**
	 * Stops every system still running and returns their names; empty when already
	 * closed.
	 */
	List<String> stop() {
		List<Running> toStop;
		synchronized (this) {
			if (this.closed) {
				return List.of();
			}
			this.closed = true;
			toStop = new ArrayList<>(this.systems);
		}
		List<String> names = new ArrayList<>();
		for (int i = toStop.size() - 1; i >= 0; i--) {
			toStop.get(i).close();
			names.add(toStop.get(i).spec().name());
		}
		return names;
	}

	@Override
	public void close() {
		stop();
	}

}
