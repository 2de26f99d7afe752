package dev.flotilla.clinic.user;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * How often a session's user is checked against the database: once per time to live, and
 * at once after a change made on this replica.
 */
class ActiveSessionsTests {

	private static final Duration TTL = Duration.ofMillis(100);

	private final UserRepository users = mock(UserRepository.class);

	private final AtomicLong nanos = new AtomicLong();

	private final ActiveSessions sessions = new ActiveSessions(this.users, TTL, this.nanos::get, null);

	private final Authentication alice = session(7, 3);

	@Test
	void requestsWithinTheTimeToLiveShareOneRead() {
		given(this.users.activeSessionVersion(7)).willReturn(Optional.of(3));
		assertThat(this.sessions.stillValid(this.alice)).isTrue();
		assertThat(this.sessions.stillValid(this.alice)).isTrue();
		verify(this.users, times(1)).activeSessionVersion(7);
	}

	@Test
	void aChangeOnAnotherReplicaEndsTheSessionOnceTheTimeToLiveHasPassed() {
		given(this.users.activeSessionVersion(7)).willReturn(Optional.of(3), Optional.of(4));
		assertThat(this.sessions.stillValid(this.alice)).isTrue();
		this.nanos.addAndGet(TTL.toNanos() - 1);
		assertThat(this.sessions.stillValid(this.alice)).isTrue();
		this.nanos.addAndGet(1);
		assertThat(this.sessions.stillValid(this.alice)).isFalse();
	}

	@Test
	void aChangeOnThisReplicaEndsTheSessionAtOnce() {
		given(this.users.activeSessionVersion(7)).willReturn(Optional.of(3), Optional.empty());
		assertThat(this.sessions.stillValid(this.alice)).isTrue();
		this.sessions.endAll(7, "nurse");
		assertThat(this.sessions.stillValid(this.alice)).isFalse();
	}

	@Test
	void callersWithoutASessionLoginAreNotChecked() {
		assertThat(this.sessions.stillValid(null)).isTrue();
		assertThat(this.sessions.stillValid(new UsernamePasswordAuthenticationToken("bob", null))).isTrue();
		verify(this.users, never()).activeSessionVersion(anyLong());
	}

	private static Authentication session(long id, int version) {
		SessionUser user = new SessionUser(User.withUsername("alice").password("{noop}x").roles("lecture").build(), id,
				version);
		return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
	}

}
