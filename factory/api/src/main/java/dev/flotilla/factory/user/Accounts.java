package dev.flotilla.factory.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Accounts for the web console's user management: the API's list and creation, and a
 * change of role.
 */
@Service
public class Accounts {

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final JdbcClient jdbc;

	Accounts(UserRepository users, PasswordEncoder encoder, JdbcClient jdbc) {
		this.users = users;
		this.encoder = encoder;
		this.jdbc = jdbc;
	}

	public List<AppUser> list() {
		return this.users.findAll();
	}

	/**
	 * Create an account (username and password already checked).
	 * @return the account, or empty when the username is taken
	 */
	public Optional<AppUser> create(String username, String password, Role role) {
		try {
			return Optional.of(this.users.create(username, this.encoder.encode(password), role, Instant.now()));
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Give an account another role; it applies from that user's next sign-in (or next
	 * access token).
	 * @return false when there is no such account
	 */
	public boolean changeRole(long id, Role role) {
		return this.jdbc.sql("UPDATE app_user SET role = ? WHERE id = ?").params(role.value(), id).update() == 1;
	}

}
