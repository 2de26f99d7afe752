package dev.flotilla.factory.build;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.flotilla.factory.project.PageRequest;

/**
 * The build lifecycle for the web console: the same services as the API's routes
 * ({@code POST /projects/{id}/builds}, cancel, retry, the log and its stream), with
 * public views instead of the API's bodies.
 */
@Service
public class BuildConsole {

	private final BuildRepository builds;

	private final BuildWorker worker;

	private final BuildLogStreams streams;

	private final TriggerBatcher triggers;

	BuildConsole(BuildRepository builds, BuildWorker worker, BuildLogStreams streams, TriggerBatcher triggers) {
		this.builds = builds;
		this.worker = worker;
		this.streams = streams;
		this.triggers = triggers;
	}

	/**
	 * Queue a build, as {@code POST /projects/{id}/builds} does.
	 * @param projectId the project
	 * @param by the username of who starts it
	 * @return the queued build, or empty when the project does not exist
	 */
	public Optional<BuildView> trigger(long projectId, String by) {
		Optional<BuildView> build = this.triggers.trigger(projectId, now(), by).map(BuildView::of);
		build.ifPresent((queued) -> this.worker.wake());
		return build;
	}

	/**
	 * Cancel a queued or running build.
	 * @param projectId the project
	 * @param number the build's number
	 * @param by who cancels it (written to its log)
	 * @return false when there is no such build or it is already finished
	 */
	public boolean cancel(long projectId, int number, String by) {
		Build build = this.builds.find(projectId, number).orElse(null);
		if (build == null || !this.builds.cancel(build, by, now())) {
			return false;
		}
		this.worker.interrupt(build.id());
		return true;
	}

	/**
	 * Queue a new build from a finished one.
	 * @param projectId the project
	 * @param number the finished build's number
	 * @param by the username of who starts it
	 * @return the new build, or empty when there is no such build or it is not finished
	 */
	public Optional<BuildView> retry(long projectId, int number, String by) {
		Build build = this.builds.find(projectId, number).orElse(null);
		if (build == null || !build.status().isFinal()) {
			return Optional.empty();
		}
		Optional<BuildView> queued = this.builds.queue(projectId, number, now(), by).map(BuildView::of);
		queued.ifPresent((view) -> this.worker.wake());
		return queued;
	}

	public Optional<BuildView> find(long projectId, int number) {
		return this.builds.find(projectId, number).map(BuildView::of);
	}

	/** The latest build of a project, if it has one. */
	public Optional<BuildView> latest(long projectId) {
		return this.builds.page(projectId, new PageRequest(1, 1)).stream().findFirst().map(BuildView::of);
	}

	/** A page of a project's builds, newest first. */
	public List<BuildView> page(long projectId, PageRequest request) {
		return this.builds.page(projectId, request).stream().map(BuildView::of).toList();
	}

	public long count(long projectId) {
		return this.builds.count(projectId);
	}

	/**
	 * The log from a byte offset, as {@code GET …/logs?offset=} answers it.
	 * @return the chunk, or empty when there is no such build
	 */
	public Optional<Object> logs(long projectId, int number, long offset) {
		return this.builds.find(projectId, number).map((build) -> LogChunk.of(build, offset));
	}

	/** The log's Server-Sent Events stream, as {@code GET …/logs/stream} sends it. */
	public SseEmitter stream(long projectId, int number) {
		return this.streams.open(projectId, number);
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * A build as the console shows it.
	 *
	 * @param projectId its project
	 * @param number its number
	 * @param status {@code queued}, {@code running}, {@code success}, {@code fail} or
	 * {@code cancelled}
	 * @param finished whether the status is final
	 * @param durationS how long it ran, once finished
	 * @param logs its log so far
	 * @param retryOf the build it retries, if any
	 * @param createdAt when it was queued
	 * @param startedAt when a worker started it
	 * @param finishedAt when it ended
	 * @param startedBy the username of who started it; null for older builds
	 */
	public record BuildView(long projectId, int number, String status, boolean finished, Double durationS, String logs,
			Integer retryOf, Instant createdAt, Instant startedAt, Instant finishedAt, String startedBy) {

		static BuildView of(Build build) {
			return new BuildView(build.projectId(), build.number(), build.status().value(), build.status().isFinal(),
					build.durationS(), build.logs(), build.retryOf(), build.createdAt(), build.startedAt(),
					build.finishedAt(), build.startedBy());
		}

	}

}
