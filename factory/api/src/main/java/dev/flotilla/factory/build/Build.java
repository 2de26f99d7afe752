package dev.flotilla.factory.build;

import java.time.Instant;

/**
 * A build as stored.
 *
 * @param id the id
 * @param projectId its project
 * @param number its number within the project (1, 2, 3…)
 * @param status its state
 * @param durationS how long it ran, once finished
 * @param logs its log so far
 * @param retryOf the number of the build it retries, if any
 * @param createdAt when it was queued
 * @param startedAt when a worker started it
 * @param finishedAt when it reached a final state
 * @param startedBy the username of who started it; null for builds from before it was
 * recorded
 */
record Build(long id, long projectId, int number, BuildStatus status, Double durationS, String logs, Integer retryOf,
		Instant createdAt, Instant startedAt, Instant finishedAt, String startedBy) {
}
