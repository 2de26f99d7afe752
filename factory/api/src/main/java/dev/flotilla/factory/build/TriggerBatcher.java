package dev.flotilla.factory.build;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import dev.flotilla.platform.error.ApiException;

/**
 * Group commit for build triggers. Triggers of one project that arrive while that
 * project's previous batch commits wait, then go together in the next transaction.
 * Numbering takes the project's row lock until the commit, and a commit waits for the
 * disk (1.5 ms per fdatasync measured here), so one build per transaction caps a busy
 * project at a few hundred triggers per second; one transaction per batch does not. A
 * trigger answers only once its batch has committed, so nothing acknowledged is lost.
 */
@Component
class TriggerBatcher {

	/** Enough to absorb every connection of a loaded server in one batch. */
	static final int MAX_BATCH = 256;

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final ConcurrentMap<Long, Lane> lanes = new ConcurrentHashMap<>();

	private final BuildRepository builds;

	private final Executor executor;

	TriggerBatcher(BuildRepository builds, @Qualifier("applicationTaskExecutor") Executor executor) {
		this.builds = builds;
		this.executor = executor;
	}

	/**
	 * Queue a build and wait until it is committed.
	 * @param projectId the project
	 * @param now when the trigger arrived
	 * @param startedBy the username of who started it
	 * @return the queued build, or empty when the project does not exist
	 */
	Optional<Build> trigger(long projectId, Instant now, String startedBy) {
		Pending pending = new Pending(new BuildRepository.Trigger(now, startedBy));
		boolean[] start = new boolean[1];
		// Every change to a lane happens inside compute() for its key: a lane is removed
		// exactly when its drainer finds it empty, so no trigger is stranded.
		this.lanes.compute(projectId, (id, lane) -> {
			Lane current = (lane != null) ? lane : new Lane();
			current.pending.add(pending);
			start[0] = !current.draining;
			current.draining = true;
			return current;
		});
		if (start[0]) {
			this.executor.execute(() -> drain(projectId));
		}
		try {
			return pending.result.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable();
		}
		catch (TimeoutException ex) {
			throw unavailable();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * @param projectId a project
	 * @return how many of its triggers wait for a batch (for tests)
	 */
	int waiting(long projectId) {
		Lane lane = this.lanes.get(projectId);
		return (lane != null) ? lane.pending.size() : 0;
	}

	/**
	 * Commit one batch, then hand the lane back to the executor if more came meanwhile (a
	 * busy project does not hold a thread that other projects' lanes may need).
	 */
	private void drain(long projectId) {
		List<Pending> batch = new ArrayList<>();
		this.lanes.computeIfPresent(projectId, (id, lane) -> {
			while (batch.size() < MAX_BATCH && !lane.pending.isEmpty()) {
				batch.add(lane.pending.poll());
			}
			return batch.isEmpty() ? null : lane;
		});
		if (!batch.isEmpty()) {
			commit(projectId, batch);
			this.executor.execute(() -> drain(projectId));
		}
	}

	private void commit(long projectId, List<Pending> batch) {
		try {
			List<Build> queued = this.builds.queueAll(projectId,
					batch.stream().map((pending) -> pending.trigger).toList());
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).result.complete(queued.isEmpty() ? Optional.empty() : Optional.of(queued.get(i)));
			}
		}
		catch (RuntimeException | Error ex) {
			batch.forEach((pending) -> pending.result.completeExceptionally(ex));
		}
	}

	private static ApiException unavailable() {
		return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
				"The build queue did not answer in time; the build may not be queued");
	}

	private static final class Lane {

		private final ArrayDeque<Pending> pending = new ArrayDeque<>();

		private boolean draining;

	}

	private static final class Pending {

		private final BuildRepository.Trigger trigger;

		private final CompletableFuture<Optional<Build>> result = new CompletableFuture<>();

		private Pending(BuildRepository.Trigger trigger) {
			this.trigger = trigger;
		}

	}

}
