package dev.flotilla.clinic.user;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whether a logged-in session may go on: its user must still be active with the session
 * version the login read. An admin's change of role, activation or password bumps the
 * version in the database, so every session of that user, on every replica, ends at its
 * next request. Sessions live in each replica's memory (no Spring Session), which is why
 * the check reads the shared table rather than a replica's session registry.
 */
@Component
public class ActiveSessions {

	private final UserRepository users;

	ActiveSessions(UserRepository users) {
		this.users = users;
	}

	/**
	 * Check a request's authentication.
	 * @param authentication the authentication of the request's session, may be
	 * {@code null}
	 * @return {@code false} when it is a session login whose user was deactivated,
	 * deleted or changed since; {@code true} otherwise
	 */
	public boolean stillValid(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof SessionUser user)) {
			return true;
		}
		return this.users.activeSessionVersion(user.id())
			.map((version) -> version == user.sessionVersion())
			.orElse(false);
	}

}
