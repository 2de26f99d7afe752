package dev.flotilla.factory.build;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.flotilla.factory.project.PageRequest;
import dev.flotilla.factory.project.ProjectChanges;

/**
 * Every state change is a conditional update on the current state, so two workers (or a
 * worker and a cancel) can never both win: the database decides, across replicas. Only
 * queueing is a multi-statement transaction, and it locks the project row first; a state
 * change commits before its project follows, so no transaction ever holds a build while
 * waiting for a project (which deadlocked on MariaDB).
 */
@Repository
class BuildRepository {

	private static final String COLUMNS = "id, project_id, number, status, duration_s, logs, retry_of, created_at, "
			+ "started_at, finished_at, started_by";

	private static final String QUEUED_LOG = "Queued\n";

	private final JdbcClient jdbc;

	private final ProjectChanges projects;

	BuildRepository(JdbcClient jdbc, ProjectChanges projects) {
		this.jdbc = jdbc;
		this.projects = projects;
	}

	/**
	 * Queue one build per trigger, numbered in the triggers' order, in one transaction:
	 * one increment of the project's counter (its row lock keeps numbers consecutive
	 * across processes), one insert, one commit.
	 * @param projectId the project
	 * @param triggeredAt when each trigger arrived
	 * @return the builds, in the triggers' order, or none when the project does not exist
	 */
	@Transactional
	List<Build> queueAll(long projectId, List<Trigger> triggers) {
		int count = triggers.size();
		int updated = this.jdbc
			.sql("UPDATE project SET build_count = build_count + ?, last_build_status = 'queued' WHERE id = ?")
			.params(count, projectId)
			.update();
		if (updated > 0) {
			this.projects.changed();
		}
		if (updated == 0 || count == 0) {
			return List.of();
		}
		int first = this.jdbc.sql("SELECT build_count FROM project WHERE id = ?")
			.param(projectId)
			.query(Integer.class)
			.single() - count + 1;
		StringBuilder sql = new StringBuilder(
				"INSERT INTO build (project_id, number, status, logs, created_at, started_by) VALUES ");
		List<Object> params = new ArrayList<>(count * 5);
		for (int i = 0; i < count; i++) {
			sql.append((i > 0) ? ", " : "").append("(?, ?, 'queued', ?, ?, ?)");
			params.addAll(Arrays.asList(projectId, first + i, QUEUED_LOG, Timestamp.from(triggers.get(i).at()),
					triggers.get(i).by()));
		}
		this.jdbc.sql(sql.toString()).params(params).update();
		Map<Integer, Long> ids = new HashMap<>();
		this.jdbc.sql("SELECT id, number FROM build WHERE project_id = ? AND number >= ?")
			.params(projectId, first)
			.query((row) -> {
				ids.put(row.getInt("number"), row.getLong("id"));
			});
		List<Build> queued = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			queued.add(new Build(ids.get(first + i), projectId, first + i, BuildStatus.QUEUED, null, QUEUED_LOG, null,
					triggers.get(i).at(), null, null, triggers.get(i).by()));
		}
		return queued;
	}

	/**
	 * Queue a build. Incrementing the project's counter locks its row, so concurrent
	 * triggers get consecutive numbers.
	 * @return the build, or empty when the project does not exist
	 */
	@Transactional
	Optional<Build> queue(long projectId, Integer retryOf, Instant now, String startedBy) {
		int updated = this.jdbc.sql("UPDATE project SET build_count = build_count + 1 WHERE id = ?")
			.param(projectId)
			.update();
		if (updated == 0) {
			return Optional.empty();
		}
		int number = this.jdbc.sql("SELECT build_count FROM project WHERE id = ?")
			.param(projectId)
			.query(Integer.class)
			.single();
		String log = "Queued" + ((retryOf != null) ? " as a retry of #" + retryOf : "") + "\n";
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO build (project_id, number, status, logs, retry_of, created_at, started_by) "
					+ "VALUES (?, ?, 'queued', ?, ?, ?, ?)")
			.params(projectId, number, log, retryOf, Timestamp.from(now), startedBy)
			.update(keys, "id");
		followLatest(projectId, number, BuildStatus.QUEUED);
		return Optional.of(new Build(keys.getKeyAs(Number.class).longValue(), projectId, number, BuildStatus.QUEUED,
				null, log, retryOf, now, null, null, startedBy));
	}

	/**
	 * Record a build that ran at once, as the seed's route does: numbered like the
	 * others, final from the start, and the project's {@code last_build_status} set in
	 * the same transaction (its row stays locked from the numbering to the commit).
	 * @param projectId the project
	 * @param now when it ran
	 * @param outcome its duration and result, given its number
	 * @return the build, or empty when the project does not exist
	 */
	@Transactional
	Optional<Build> simulate(long projectId, Instant now, String startedBy,
			IntFunction<BuildSimulator.Outcome> outcome) {
		int updated = this.jdbc.sql("UPDATE project SET build_count = build_count + 1 WHERE id = ?")
			.param(projectId)
			.update();
		if (updated == 0) {
			return Optional.empty();
		}
		int number = this.jdbc.sql("SELECT build_count FROM project WHERE id = ?")
			.param(projectId)
			.query(Integer.class)
			.single();
		BuildSimulator.Outcome result = outcome.apply(number);
		String status = result.result().value();
		String log = "Build simulated at " + SeedTime.format(now) + ". Status: " + status;
		KeyHolder keys = new GeneratedKeyHolder();
		Timestamp at = Timestamp.from(now);
		this.jdbc
			.sql("INSERT INTO build (project_id, number, status, duration_s, logs, created_at, started_at, "
					+ "finished_at, started_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(projectId, number, status, result.durationS(), log, at, at, at, startedBy)
			.update(keys, "id");
		followLatest(projectId, number, result.result());
		return Optional.of(new Build(keys.getKeyAs(Number.class).longValue(), projectId, number, result.result(),
				result.durationS(), log, null, now, now, now, startedBy));
	}

	Optional<Build> find(long projectId, int number) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM build WHERE project_id = ? AND number = ?")
			.params(projectId, number)
			.query(BuildRepository::map)
			.optional();
	}

	List<Build> page(long projectId, PageRequest request) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM build WHERE project_id = ? ORDER BY number DESC LIMIT ? OFFSET ?")
			.params(projectId, request.perPage(), request.offset())
			.query(BuildRepository::map)
			.list();
	}

	long count(long projectId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM build WHERE project_id = ?")
			.param(projectId)
			.query(Long.class)
			.single();
	}

	/** The oldest queued builds, candidates for {@link #claim}. */
	List<Long> queued(int limit) {
		return this.jdbc.sql("SELECT id FROM build WHERE status = 'queued' ORDER BY id LIMIT ?")
			.param(limit)
			.query(Long.class)
			.list();
	}

	/** Take a queued build for this worker; false when another worker or a cancel won. */
	Optional<Build> claim(long id, String worker, Instant now) {
		int claimed = this.jdbc
			.sql("UPDATE build SET status = 'running', worker = ?, started_at = ?, heartbeat_at = ?, "
					+ "logs = CONCAT(logs, ?) WHERE id = ? AND status = 'queued'")
			.params(worker, Timestamp.from(now), Timestamp.from(now), "Started on " + worker + "\n", id)
			.update();
		if (claimed == 0) {
			return Optional.empty();
		}
		Build build = this.jdbc.sql("SELECT " + COLUMNS + " FROM build WHERE id = ?")
			.param(id)
			.query(BuildRepository::map)
			.single();
		followLatest(build.projectId(), build.number(), BuildStatus.RUNNING);
		return Optional.of(build);
	}

	/** Append to a running build's log; false once it is no longer running here. */
	boolean append(long id, String worker, String line, Instant now) {
		return this.jdbc
			.sql("UPDATE build SET logs = CONCAT(logs, ?), heartbeat_at = ? "
					+ "WHERE id = ? AND status = 'running' AND worker = ?")
			.params(line, Timestamp.from(now), id, worker)
			.update() == 1;
	}

	/** Finish a running build; false when it was cancelled or reaped meanwhile. */
	boolean finish(Build build, String worker, BuildStatus result, double durationS, String line, Instant now) {
		int finished = this.jdbc
			.sql("UPDATE build SET status = ?, duration_s = ?, logs = CONCAT(logs, ?), finished_at = ? "
					+ "WHERE id = ? AND status = 'running' AND worker = ?")
			.params(result.value(), durationS, line, Timestamp.from(now), build.id(), worker)
			.update();
		if (finished == 1) {
			followLatest(build.projectId(), build.number(), result);
		}
		return finished == 1;
	}

	/** Cancel a queued or running build; false when it is already final. */
	boolean cancel(Build build, String by, Instant now) {
		int cancelled = this.jdbc
			.sql("UPDATE build SET status = 'cancelled', logs = CONCAT(logs, ?), finished_at = ? "
					+ "WHERE id = ? AND status IN ('queued', 'running')")
			.params("Cancelled by " + by + "\n", Timestamp.from(now), build.id())
			.update();
		if (cancelled == 1) {
			followLatest(build.projectId(), build.number(), BuildStatus.CANCELLED);
		}
		return cancelled == 1;
	}

	/**
	 * Fail running builds whose worker is gone: those of this node (a previous process)
	 * and those whose heartbeat is older than the limit.
	 * @return how many were failed
	 */
	int failLost(String node, Instant staleBefore, Instant now) {
		List<Build> lost = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM build WHERE status = 'running' AND (worker = ? OR heartbeat_at < ?)")
			.params(node, Timestamp.from(staleBefore))
			.query(BuildRepository::map)
			.list();
		int failed = 0;
		for (Build build : lost) {
			int updated = this.jdbc
				.sql("UPDATE build SET status = 'fail', logs = CONCAT(logs, ?), finished_at = ? "
						+ "WHERE id = ? AND status = 'running' AND (worker = ? OR heartbeat_at < ?)")
				.params("Build failed: its worker stopped while it was running (process killed or lost)\n",
						Timestamp.from(now), build.id(), node, Timestamp.from(staleBefore))
				.update();
			if (updated == 1) {
				followLatest(build.projectId(), build.number(), BuildStatus.FAIL);
				failed++;
			}
		}
		return failed;
	}

	/** Put this worker's running builds back in the queue (a graceful stop). */
	int requeue(long id, String worker) {
		return this.jdbc
			.sql("UPDATE build SET status = 'queued', worker = NULL, started_at = NULL, heartbeat_at = NULL, "
					+ "logs = CONCAT(logs, ?) WHERE id = ? AND status = 'running' AND worker = ?")
			.params("Requeued: " + worker + " is shutting down\n", id, worker)
			.update();
	}

	/**
	 * The project shows the status of its latest build only: a superseded build changes
	 * nothing that the project list shows.
	 */
	private void followLatest(long projectId, int number, BuildStatus status) {
		int updated = this.jdbc.sql("UPDATE project SET last_build_status = ? WHERE id = ? AND build_count = ?")
			.params(status.value(), projectId, number)
			.update();
		if (updated > 0) {
			this.projects.changed();
		}
	}

	private static Build map(ResultSet row, int index) throws SQLException {
		double duration = row.getDouble("duration_s");
		Double durationS = row.wasNull() ? null : duration;
		int retryOf = row.getInt("retry_of");
		Integer retry = row.wasNull() ? null : retryOf;
		return new Build(row.getLong("id"), row.getLong("project_id"), row.getInt("number"),
				BuildStatus.of(row.getString("status")), durationS, row.getString("logs"), retry,
				instant(row.getTimestamp("created_at")), instant(row.getTimestamp("started_at")),
				instant(row.getTimestamp("finished_at")), row.getString("started_by"));
	}

	/**
	 * One trigger of a batch.
	 *
	 * @param at when it arrived
	 * @param by the username of who started it
	 */
	record Trigger(Instant at, String by) {
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
