package dev.flotilla.factory.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for the web console's user management: the API's list and creation, a change
 * of role, deactivation and reactivation.
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
	 * @return {@code NOT_FOUND} when there is no such account, {@code LAST_ADMIN} when it
	 * is the only admin and would lose the role
	 */
	@Transactional
	public RoleChange changeRole(long id, Role role) {
		AppUser user = this.users.findById(id).orElse(null);
		if (user == null) {
			return RoleChange.NOT_FOUND;
		}
		if (user.role() == Role.ADMIN && user.active() && role != Role.ADMIN && activeAdmins() <= 1) {
			return RoleChange.LAST_ADMIN;
		}
		this.jdbc.sql("UPDATE app_user SET role = ? WHERE id = ?").params(role.value(), id).update();
		return RoleChange.CHANGED;
	}

	/**
	 * Deactivate or reactivate an account. A deactivated account cannot sign in, and its
	 * access and refresh tokens are refused from the next request on; it is kept, with
	 * the builds it started.
	 * @return {@code NOT_FOUND} when there is no such account, {@code LAST_ADMIN} when it
	 * is the only active admin and would be deactivated
	 */
	@Transactional
	public RoleChange setActive(long id, boolean active) {
		AppUser user = this.users.findById(id).orElse(null);
		if (user == null) {
			return RoleChange.NOT_FOUND;
		}
		if (!active && user.active() && user.role() == Role.ADMIN && activeAdmins() <= 1) {
			return RoleChange.LAST_ADMIN;
		}
		this.jdbc.sql("UPDATE app_user SET active = ? WHERE id = ?").params(active, id).update();
		return RoleChange.CHANGED;
	}

	public Optional<AppUser> find(long id) {
		return this.users.findById(id);
	}

	private long activeAdmins() {
		return this.jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = ? AND active = TRUE")
			.param(Role.ADMIN.value())
			.query(Long.class)
			.single();
	}

	/** The outcome of {@link #changeRole} and {@link #setActive}. */
	public enum RoleChange {

		CHANGED, NOT_FOUND, LAST_ADMIN

	}

}
