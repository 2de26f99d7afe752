package dev.flotilla.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts failed logins per key (a username, a client address) in a sliding window. Once a
 * key has reached the limit, a login for it is refused without checking the password
 * until its oldest failure leaves the window, which is what makes online guessing slow
 * and keeps the password hash from becoming a denial-of-service lever.
 * <p>
 * The counters live in a bounded cache, so a spray of made-up usernames cannot exhaust
 * memory; the bound forgets the least recently failing keys first.
 */
public final class LoginThrottle {

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	private final Cache<String, Deque<Instant>> failures;

	/**
	 * Create a throttle.
	 * @param maxFailures failures allowed per key within the window
	 * @param window the sliding window
	 * @param clock the clock (fixed in tests)
	 */
	public LoginThrottle(int maxFailures, Duration window, Clock clock) {
		if (maxFailures < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("A throttle needs at least one failure and a positive window");
		}
		this.maxFailures = maxFailures;
		this.window = window;
		this.clock = clock;
		this.failures = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window).build();
	}

	/**
	 * How long a login must wait, if any of its keys has reached the limit.
	 * @param keys the login's keys, e.g. {@code "user:alice"} and {@code "ip:10.0.0.1"}
	 * @return the wait, rounded up to whole seconds, or empty when the login may proceed
	 */
	public Optional<Duration> retryAfter(String... keys) {
		Instant now = this.clock.instant();
		Duration longest = Duration.ZERO;
		for (String key : keys) {
			Deque<Instant> times = this.failures.getIfPresent(key);
			if (times == null) {
				continue;
			}
			synchronized (times) {
				prune(times, now);
				if (times.size() >= this.maxFailures) {
					Duration wait = Duration.between(now, times.peekFirst().plus(this.window));
					longest = (wait.compareTo(longest) > 0) ? wait : longest;
				}
			}
		}
		if (longest.isZero() || longest.isNegative()) {
			return Optional.empty();
		}
		long seconds = longest.toSeconds() + ((longest.toNanosPart() > 0) ? 1 : 0);
		return Optional.of(Duration.ofSeconds(Math.max(1, seconds)));
	}

	/**
	 * Count a failed login against each key.
	 * @param keys the login's keys
	 */
	public void recordFailure(String... keys) {
		Instant now = this.clock.instant();
		for (String key : keys) {
			Deque<Instant> times = this.failures.get(key, (k) -> new ArrayDeque<>());
			synchronized (times) {
				prune(times, now);
				times.addLast(now);
				while (times.size() > this.maxFailures) {
					times.removeFirst();
				}
			}
		}
	}

	/**
	 * Forget the failures of a key, e.g. a username after a successful login.
	 * @param key the key
	 */
	public void reset(String key) {
		this.failures.invalidate(key);
	}

	private void prune(Deque<Instant> times, Instant now) {
		Instant oldestKept = now.minus(this.window);
		while (!times.isEmpty() && !times.peekFirst().isAfter(oldestKept)) {
			times.removeFirst();
		}
	}

}
