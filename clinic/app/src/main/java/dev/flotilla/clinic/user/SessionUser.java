package dev.flotilla.clinic.user;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a logged-in session: the user as the login read it, with the row's id
 * and session version, so that {@link ActiveSessions} can tell when an admin changed it.
 */
final class SessionUser extends User {

	private static final long serialVersionUID = 1L;

	private final long id;

	private final int sessionVersion;

	SessionUser(UserDetails details, long id, int sessionVersion) {
		super(details.getUsername(), details.getPassword(), details.isEnabled(), details.isAccountNonExpired(),
				details.isCredentialsNonExpired(), details.isAccountNonLocked(), details.getAuthorities());
		this.id = id;
		this.sessionVersion = sessionVersion;
	}

	long id() {
		return this.id;
	}

	int sessionVersion() {
		return this.sessionVersion;
	}

	// equals and hashCode stay User's (the username): the version is not an identity.
	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
