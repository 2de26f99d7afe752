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

@Repository
public class ProjectRepository {

	private static final String COLUMNS = "id, name, repo, last_build_status, created_at";

	private final JdbcClient jdbc;

	ProjectRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Insert a project; a taken name fails with the database's unique constraint. */
	Project create(String name, String repo, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO project (name, repo, last_build_status, build_count, created_at) "
					+ "VALUES (?, ?, 'none', 0, ?)")
			.params(name, repo, Timestamp.from(now))
			.update(keys, "id");
		return new Project(keys.getKeyAs(Number.class).longValue(), name, repo, "none", now);
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

	/** Newest first: ids grow with creation time. */
	List<Project> page(PageRequest request) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM project ORDER BY id DESC LIMIT ? OFFSET ?")
			.params(request.perPage(), request.offset())
			.query(ProjectRepository::map)
			.list();
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM project").query(Long.class).single();
	}

	private static Project map(ResultSet row, int index) throws SQLException {
		return new Project(row.getLong("id"), row.getString("name"), row.getString("repo"),
				row.getString("last_build_status"), row.getTimestamp("created_at").toInstant());
	}

}
