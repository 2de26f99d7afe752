package dev.flotilla.clinic.user;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Whether a logged-in session may go on: its user must still be active with the session
 * version the login read. An admin's change of role, activation or password bumps the
 * version in the database, so every session of that user, on every replica, ends at its
 * next request. Sessions live in the database (Spring Session JDBC): a change also
 * deletes the user's session rows at once ({@link #endAll(long, String)}), and the
 * version check covers a request already under way on another replica. A user's version
 * is read at most once per {@code clinic.session-check-ttl} (100 ms by default): a change
 * made on this replica is seen at once, one made on another within that time.
 */
@Component
public class ActiveSessions {

	private final UserRepository users;

	private final Cache<Long, Optional<Integer>> versions;

	private final FindByIndexNameSessionRepository<? extends Session> sessionStore;

	@Autowired
	ActiveSessions(UserRepository users, SessionCheckProperties properties,
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessionStore) {
		this(users, properties.sessionCheckTtl(), Ticker.systemTicker(), sessionStore.getIfAvailable());
	}

	ActiveSessions(UserRepository users, Duration timeToLive, Ticker ticker,
			FindByIndexNameSessionRepository<? extends Session> sessionStore) {
		this.users = users;
		this.sessionStore = sessionStore;
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
	 * End every session of a user: called once a change to the user (which bumped its
	 * session version) is committed. The user's session rows are deleted, and the version
	 * is read afresh at the next request.
	 * @param userId the user's id
	 * @param username the user's name, the sessions' principal name
	 */
	void endAll(long userId, String username) {
		this.versions.invalidate(userId);
		if (this.sessionStore != null) {
			this.sessionStore.findByPrincipalName(username).keySet().forEach(this.sessionStore::deleteById);
		}
	}

}
