package dev.flotilla.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database servers a suite proves its migrations and repositories on. {@link #H2} is
 * embedded; {@link #POSTGRES} and {@link #MARIADB} are real servers, reached through an
 * administrator JDBC URL from the environment ({@code FLOTILLA_TEST_POSTGRES_URL},
 * {@code FLOTILLA_TEST_MARIADB_URL}) or the local defaults of the development machines.
 * An unreachable server skips the test locally and fails it where tools are required
 * ({@link RequiredTools#REQUIRE_TOOLS}).
 * <p>
 * Each call to {@link #create(String)} makes a new, empty database with a unique name, so
 * suites and parallel builds never see each other's rows; close it to drop it.
 */
public enum TestDatabase {

	/** Embedded H2 in memory, in its default mode (the systems' local default store). */
	H2(null, null),

	/** A real PostgreSQL server. */
	POSTGRES("FLOTILLA_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"),

	/** A real MariaDB server. */
	MARIADB("FLOTILLA_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/?user=root");

	private final String variable;

	private final String localDefault;

	TestDatabase(String variable, String localDefault) {
		this.variable = variable;
		this.localDefault = localDefault;
	}

	/**
	 * Create a new, empty database.
	 * @param prefix a short name for the suite (letters, digits and {@code _})
	 * @return the database, to be closed (dropped) after the suite
	 */
	public Fresh create(String prefix) {
		String name = (prefix + "_" + ProcessHandle.current().pid() + "_"
				+ Integer.toUnsignedString(ThreadLocalRandom.current().nextInt(), 36))
			.toLowerCase(Locale.ROOT);
		if (!name.matches("[a-z0-9_]{1,60}")) {
			throw new IllegalArgumentException("Not a database name: " + name);
		}
		if (this == H2) {
			return new Fresh(this, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
		}
		String admin = adminUrl();
		execute(admin, "CREATE DATABASE " + name);
		String user = parameter(admin, "user", (this == POSTGRES) ? "postgres" : "root");
		return new Fresh(this, name, replaceDatabase(admin, name), user, parameter(admin, "password", ""));
	}

	private String adminUrl() {
		String url = System.getenv(this.variable);
		return (url != null && !url.isBlank()) ? url : this.localDefault;
	}

	private void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			if (ex.getSQLState() != null && ex.getSQLState().startsWith("08")) {
				RequiredTools.missing(this + " at " + url + " is unreachable (" + ex.getMessage() + ")");
			}
			throw new IllegalStateException(sql + " failed on " + this + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A query parameter of a JDBC URL ({@code user}, {@code password}), or the fallback.
	 */
	private static String parameter(String url, String name, String fallback) {
		int query = url.indexOf('?');
		if (query >= 0) {
			for (String pair : url.substring(query + 1).split("&")) {
				if (pair.startsWith(name + "=")) {
					return java.net.URLDecoder.decode(pair.substring(name.length() + 1),
							java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		return fallback;
	}

	private static String replaceDatabase(String adminUrl, String database) {
		int query = adminUrl.indexOf('?');
		String base = (query < 0) ? adminUrl : adminUrl.substring(0, query);
		String parameters = (query < 0) ? "" : adminUrl.substring(query);
		int slash = base.lastIndexOf('/');
		return base.substring(0, slash + 1) + database + parameters;
	}

	/**
	 * A database made for one suite.
	 *
	 * @param server the server it lives on
	 * @param name its name
	 * @param url its JDBC URL
	 * @param username the user to connect as
	 * @param password that user's password
	 */
	public record Fresh(TestDatabase server, String name, String url, String username,
			String password) implements AutoCloseable {

		/**
		 * The {@code spring.datasource.*} properties that point a context at this
		 * database.
		 * @return property name to value
		 */
		public Map<String, String> springProperties() {
			return Map.of("spring.datasource.url", this.url, "spring.datasource.username", this.username,
					"spring.datasource.password", this.password);
		}

		/** Drop the database (H2's is dropped by closing its last connection). */
		@Override
		public void close() {
			if (this.server == H2) {
				try (Connection connection = DriverManager.getConnection(this.url, this.username, this.password);
						Statement statement = connection.createStatement()) {
					statement.execute("SHUTDOWN");
				}
				catch (SQLException ex) {
					throw new IllegalStateException("SHUTDOWN failed on H2: " + ex.getMessage(), ex);
				}
				return;
			}
			String admin = this.server.adminUrl();
			String force = (this.server == POSTGRES) ? " WITH (FORCE)" : "";
			this.server.execute(admin, "DROP DATABASE IF EXISTS " + this.name + force);
		}

	}

}
