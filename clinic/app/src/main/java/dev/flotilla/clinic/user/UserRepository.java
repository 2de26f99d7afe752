package dev.flotilla.clinic.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.flotilla.clinic.db.SqlDialect;

/**
 * Users in the {@code user} table (quoted as the database needs, see {@link SqlDialect}).
 */
@Repository
class UserRepository {

	private final JdbcClient jdbc;

	private final String table;

	UserRepository(JdbcClient jdbc, SqlDialect dialect) {
		this.jdbc = jdbc;
		this.table = dialect.userTable();
	}

	/**
	 * The user whose name equals {@code username} exactly (the login's rule).
	 */
	Optional<AppUser> findByUsername(String username) {
		return this.jdbc
			.sql("SELECT id, username, password_hash, role_id, enabled, session_version FROM " + this.table
					+ " WHERE username = ?")
			.param(username)
			.query(UserRepository::map)
			.optional();
	}

	/**
	 * Whether a user's name differs from {@code username} at most by case: usernames are
	 * unique without regard to case ({@code username_key}, V8).
	 */
	boolean existsIgnoringCase(String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + this.table + " WHERE username_key = ?")
			.param(key(username))
			.query(Integer.class)
			.single() > 0;
	}

	Optional<AppUser> findById(long id) {
		return this.jdbc
			.sql("SELECT id, username, password_hash, role_id, enabled, session_version FROM " + this.table
					+ " WHERE id = ?")
			.param(id)
			.query(UserRepository::map)
			.optional();
	}

	List<AppUser> findAll() {
		return this.jdbc
			.sql("SELECT id, username, password_hash, role_id, enabled, session_version FROM " + this.table
					+ " ORDER BY username")
			.query(UserRepository::map)
			.list();
	}

	long insert(String username, String passwordHash, Role role) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO " + this.table
					+ " (username, username_key, password_hash, role_id, enabled) VALUES (?, ?, ?, ?, ?)")
			.params(username, key(username), passwordHash, role.id(), true)
			.update(keys, "id");
		return Objects.requireNonNull(keys.getKey()).longValue();
	}

	void update(long id, Role role, boolean enabled) {
		this.jdbc
			.sql("UPDATE " + this.table
					+ " SET role_id = ?, enabled = ?, session_version = session_version + 1 WHERE id = ?")
			.params(role.id(), enabled, id)
			.update();
	}

	void updatePassword(long id, String passwordHash) {
		this.jdbc
			.sql("UPDATE " + this.table + " SET password_hash = ?, session_version = session_version + 1 WHERE id = ?")
			.params(passwordHash, id)
			.update();
	}

	/**
	 * The session version of an active user: one primary-key lookup, run for every
	 * request of a logged-in session.
	 * @param id the user's id
	 * @return the version, empty when the user is gone or deactivated
	 */
	Optional<Integer> activeSessionVersion(long id) {
		return this.jdbc.sql("SELECT session_version FROM " + this.table + " WHERE id = ? AND enabled = ?")
			.params(id, true)
			.query(Integer.class)
			.optional();
	}

	private static String key(String username) {
		return username.toLowerCase(Locale.ROOT);
	}

	private static AppUser map(ResultSet rs, int row) throws SQLException {
		return new AppUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				Role.fromId(rs.getInt("role_id")), rs.getBoolean("enabled"), rs.getInt("session_version"));
	}

}
