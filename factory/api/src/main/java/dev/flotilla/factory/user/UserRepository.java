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

	private static final String COLUMNS = "id, username, password_hash, role, created_at";

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
	 * Insert an account; a taken username fails with the database's unique constraint.
	 */
	AppUser create(String username, String passwordHash, Role role, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO app_user (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)")
			.params(username, passwordHash, role.value(), Timestamp.from(now))
			.update(keys, "id");
		return new AppUser(keys.getKeyAs(Number.class).longValue(), username, passwordHash, role, now);
	}

	private static AppUser map(ResultSet row, int index) throws SQLException {
		return new AppUser(row.getLong("id"), row.getString("username"), row.getString("password_hash"),
				Role.of(row.getString("role")).orElseThrow(), row.getTimestamp("created_at").toInstant());
	}

}
