package dev.flotilla.factory.user;

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
public class UserRepository {

	private static final String COLUMNS = "id, username, password_hash, role, created_at, active";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AppUser> findByUsername(String username) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = ?")
			.param(username)
			.query(UserRepository::map)
			.optional();
	}

	public Optional<AppUser> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?")
			.param(id)
			.query(UserRepository::map)
			.optional();
	}

	List<AppUser> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY id").query(UserRepository::map).list();
	}

	/**
	 * Whether an account of exactly this name exists and is active.
	 * @param username the name as a token's subject gives it
	 * @return whether it exists and has not been deactivated
	 */
	public boolean existsActive(String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ? AND active = TRUE")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Insert an account; a username taken in any case ({@code ADMIN} beside
	 * {@code admin}) fails with the unique constraint on {@code username_key},
	 * {@code LOWER(username)}.
	 */
	AppUser create(String username, String passwordHash, Role role, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO app_user (username, username_key, password_hash, role, created_at) "
					+ "VALUES (?, LOWER(?), ?, ?, ?)")
			.params(username, username, passwordHash, role.value(), Timestamp.from(now))
			.update(keys, "id");
		return new AppUser(keys.getKeyAs(Number.class).longValue(), username, passwordHash, role, now, true);
	}

	private static AppUser map(ResultSet row, int index) throws SQLException {
		return new AppUser(row.getLong("id"), row.getString("username"), row.getString("password_hash"),
				Role.of(row.getString("role")).orElseThrow(), row.getTimestamp("created_at").toInstant(),
				row.getBoolean("active"));
	}

}
