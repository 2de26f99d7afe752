package dev.flotilla.factory.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class ProjectRepository {

	private static final String COLUMNS = "id, name, repo, last_build_status, created_at";

	/**
	 * Kept by {@link #create} in the insert's transaction: no per-request count of the
	 * table.
	 */
	private static final String TOTAL = "SELECT total FROM project_total WHERE id = 1";

	private final JdbcClient jdbc;

	private final ProjectChanges changes;

	ProjectRepository(JdbcClient jdbc, ProjectChanges changes) {
		this.jdbc = jdbc;
		this.changes = changes;
	}

	/**
	 * Insert a project and count it; a taken name fails with the database's unique
	 * constraint, and the count is rolled back with it.
	 */
	@Transactional
	Project create(String name, String repo, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO project (name, repo, last_build_status, build_count, created_at) "
					+ "VALUES (?, ?, 'none', 0, ?)")
			.params(name, repo, Timestamp.from(now))
			.update(keys, "id");
		this.jdbc.sql("UPDATE project_total SET total = total + 1 WHERE id = 1").update();
		this.changes.changed();
		return new Project(keys.getKeyAs(Number.class).longValue(), name, repo, "none", now);
	}

	/**
	 * Delete a project, its builds with it (the foreign key cascades: the project row is
	 * locked before its builds, in the order queueing takes them), and uncount it. A
	 * worker still running one of its builds stops at its next conditional update.
	 * @return false when there was no such project
	 */
	@Transactional
	boolean delete(long id) {
		if (this.jdbc.sql("DELETE FROM project WHERE id = ?").param(id).update() == 0) {
			return false;
		}
		this.jdbc.sql("UPDATE project_total SET total = total - 1 WHERE id = 1").update();
		this.changes.changed();
		return true;
	}

	public Optional<Project> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM project WHERE id = ?")
			.param(id)
			.query(ProjectRepository::map)
			.optional();
	}

	public boolean exists(long id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM project WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	/**
	 * A page, newest first (ids grow with creation time), and the total: one statement,
	 * so one round trip and one snapshot for both.
	 */
	Paged page(PageRequest request) {
		List<Counted> rows = this.jdbc
			.sql("SELECT " + COLUMNS + ", (" + TOTAL + ") AS total FROM project " + "ORDER BY id DESC LIMIT ? OFFSET ?")
			.params(request.perPage(), request.offset())
			.query((row, index) -> new Counted(map(row, index), row.getLong("total")))
			.list();
		if (rows.isEmpty()) {
			return new Paged(List.of(), count());
		}
		return new Paged(rows.stream().map(Counted::project).toList(), rows.get(0).total());
	}

	long count() {
		return this.jdbc.sql(TOTAL).query(Long.class).single();
	}

	/**
	 * One page of projects.
	 *
	 * @param items the page's projects
	 * @param total the number of projects on all pages
	 */
	record Paged(List<Project> items, long total) {
	}

	private record Counted(Project project, long total) {
	}

	private static Project map(ResultSet row, int index) throws SQLException {
		return new Project(row.getLong("id"), row.getString("name"), row.getString("repo"),
				row.getString("last_build_status"), row.getTimestamp("created_at").toInstant());
	}

}
