package dev.flotilla.shop.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Users. A name taken in any case ({@code ADMIN} beside {@code admin}) is refused by the
 * unique constraint on {@code nom_cle}, {@code LOWER(nom_utilisateur)}
 * (DuplicateKeyException), so two concurrent registrations of one name cannot both
 * succeed. Login looks the name up exactly, as it was created.
 */
@Repository
class UserRepository {

	private static final String COLUMNS = "id, nom_utilisateur, mot_de_passe, role_utilisateur, cree_le";

	private final JdbcClient jdbc;

	private final Clock clock;

	UserRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<UserAccount> findByUsername(String username) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM utilisateur WHERE nom_utilisateur = ?")
			.param(username)
			.query(UserRepository::map)
			.optional();
	}

	Optional<UserAccount> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM utilisateur WHERE id = ?")
			.param(id)
			.query(UserRepository::map)
			.optional();
	}

	boolean exists(long id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM utilisateur WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	List<UserAccount> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM utilisateur ORDER BY id").query(UserRepository::map).list();
	}

	UserAccount create(String username, String passwordHash, String role) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO utilisateur (nom_utilisateur, nom_cle, mot_de_passe, role_utilisateur, cree_le) "
					+ "VALUES (?, LOWER(?), ?, ?, ?)")
			.params(username, username, passwordHash, role, Timestamp.from(now))
			.update(keys, "id");
		return new UserAccount(keys.getKeyAs(Number.class).longValue(), username, passwordHash, role, now);
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getTimestamp(5).toInstant());
	}

}
