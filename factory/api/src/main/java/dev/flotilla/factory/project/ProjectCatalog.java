package dev.flotilla.factory.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Projects for the web console: pages searched by name, and creation with the API's rules
 * (its repository, its transaction and its change notice).
 */
@Service
public class ProjectCatalog {

	private final ProjectRepository projects;

	private final JdbcClient jdbc;

	ProjectCatalog(ProjectRepository projects, JdbcClient jdbc) {
		this.projects = projects;
		this.jdbc = jdbc;
	}

	/**
	 * A page of projects, newest first, whose name contains {@code name} (any case); all
	 * of them when it is blank.
	 * @param name part of a name, or null
	 * @param request the page
	 * @return the page and the number of matching projects
	 */
	public Page search(String name, PageRequest request) {
		if (name == null || name.isBlank()) {
			ProjectRepository.Paged paged = this.projects.page(request);
			return new Page(paged.items(), paged.total());
		}
		String pattern = "%"
				+ name.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		List<Project> items = this.jdbc
			.sql("SELECT id, name, repo, last_build_status, created_at FROM project "
					+ "WHERE LOWER(name) LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT ? OFFSET ?")
			.params(pattern, request.perPage(), request.offset())
			.query(ProjectCatalog::map)
			.list();
		long total = this.jdbc.sql("SELECT COUNT(*) FROM project WHERE LOWER(name) LIKE ? ESCAPE '\\'")
			.param(pattern)
			.query(Long.class)
			.single();
		return new Page(items, total);
	}

	/**
	 * Create a project (name and repository already checked).
	 * @return the project, or empty when the name is taken
	 */
	public Optional<Project> create(String name, String repo) {
		try {
			return Optional.of(this.projects.create(name, repo, Instant.now().truncatedTo(ChronoUnit.MICROS)));
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	public Optional<Project> find(long id) {
		return this.projects.findById(id);
	}

	private static Project map(ResultSet row, int index) throws SQLException {
		return new Project(row.getLong("id"), row.getString("name"), row.getString("repo"),
				row.getString("last_build_status"), row.getTimestamp("created_at").toInstant());
	}

	/**
	 * One page of projects.
	 *
	 * @param items the page's projects
	 * @param total how many projects match on all pages
	 */
	public record Page(List<Project> items, long total) {
	}

}
