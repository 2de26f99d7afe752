package dev.flotilla.clinic.user;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whether a logged-in session may go on: its user must still be active with the session
 * version the login read. An admin's change of role, activation or password bumps the
 * version in the database, so every session of that user, on every replica, ends at its
 * next request. Sessions live in each replica's memory (no Spring Session), which is why
 * the check reads the shared table rather than a replica's session registry. A user's
 * version is read at most once per {@code clinic.session-check-ttl} (100 ms by default):
 * a change made on this replica is seen at once ({@link #forget(long)}), one made on
 * another within that time.
 */
@Component
public class ActiveSessions {

	private final UserRepository users;

	private final Cache<Long, Optional<Integer>> versions;

	@Autowired
	ActiveSessions(UserRepository users, SessionCheckProperties properties) {
		this(users, properties.sessionCheckTtl(), Ticker.systemTicker());
	}

	ActiveSessions(UserRepository users, Duration timeToLive, Ticker ticker) {
		this.users = users;
		this.versions = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(10_000).ticker(ticker).build();
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
		return this.versions.get(user.id(), this.users::activeSessionVersion)
			.map((version) -> version == user.sessionVersion())
			.orElse(false);
	}

	/**
	 * Read the user's version afresh at the next request: called once a change to the
	 * user is committed.
	 * @param userId the user's id
	 */
	void forget(long userId) {
		this.versions.invalidate(userId);
	}

}
