package dev.flotilla.platform.security.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Slows down online password guessing without letting anyone lock a user out (OWASP ASVS
 * V2.2). Two rules:
 * <ul>
 * <li>per (account, client) pair: after {@code freeFailures} consecutive failures the
 * pair must wait {@code initialDelay}, doubled at each further failure up to
 * {@code maxDelay}; a success resets the pair. Another client is not affected, so the
 * real user still logs in while an attacker elsewhere is slowed down.</li>
 * <li>per client, across accounts: at most {@code clientMaxFailures} failures within
 * {@code clientWindow}, high enough for an office behind one NAT address, low enough to
 * stop one address spraying guesses over many accounts.</li>
 * </ul>
 * A refused attempt is answered without checking the password and is not counted. The
 * counters live in bounded caches, so a spray of made-up names or addresses cannot
 * exhaust memory; the bound forgets the least recently used first.
 */
public final class LoginThrottle {

	private static final int MAX_KEY_LENGTH = 128;

	private static final long MAX_ENTRIES = 100_000;

	private final LoginThrottleProperties properties;

	private final Clock clock;

	private final Cache<String, PairFailures> pairs;

	private final Cache<String, ClientFailures> clients;

	/**
	 * Create a throttle.
	 * @param properties the limits
	 * @param clock the clock (one that tests can advance)
	 */
	public LoginThrottle(LoginThrottleProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
		this.pairs = Caffeine.newBuilder()
			.maximumSize(MAX_ENTRIES)
			.ticker(ticker)
			.expireAfterWrite(properties.pairMemory())
			.build();
		this.clients = Caffeine.newBuilder()
			.maximumSize(MAX_ENTRIES)
			.ticker(ticker)
			.expireAfterWrite(properties.clientWindow())
			.build();
	}

	/**
	 * The client a request comes from: {@link HttpServletRequest#getRemoteAddr()}. That
	 * is the peer of the connection unless {@code server.forward-headers-strategy} makes
	 * the server read {@code X-Forwarded-For} (with {@code native}, only from the proxies
	 * {@code server.tomcat.remoteip.internal-proxies} trusts).
	 * @param request the request
	 * @return the client's address
	 */
	public static String client(HttpServletRequest request) {
		return String.valueOf(request.getRemoteAddr());
	}

	/**
	 * How long an attempt must wait, if its pair or its client is being throttled.
	 * @param account the account name as typed (case is ignored)
	 * @param client the client's address
	 * @return the wait, rounded up to whole seconds, or empty when the attempt may
	 * proceed
	 */
	public Optional<Duration> retryAfter(String account, String client) {
		Instant now = this.clock.instant();
		Duration wait = Duration.ZERO;
		PairFailures pair = this.pairs.getIfPresent(pairKey(account, client));
		if (pair != null && now.isBefore(pair.blockedUntil())) {
			wait = Duration.between(now, pair.blockedUntil());
		}
		ClientFailures failures = this.clients.getIfPresent(clientKey(client));
		if (failures != null && failures.count() >= this.properties.clientMaxFailures()) {
			Instant end = failures.windowStart().plus(this.properties.clientWindow());
			if (now.isBefore(end) && Duration.between(now, end).compareTo(wait) > 0) {
				wait = Duration.between(now, end);
			}
		}
		if (wait.isZero()) {
			return Optional.empty();
		}
		long seconds = wait.toSeconds() + ((wait.toNanosPart() > 0) ? 1 : 0);
		return Optional.of(Duration.ofSeconds(Math.max(1, seconds)));
	}

	/**
	 * Count a failed attempt against its pair and its client.
	 * @param account the account name as typed
	 * @param client the client's address
	 */
	public void recordFailure(String account, String client) {
		Instant now = this.clock.instant();
		this.pairs.asMap().compute(pairKey(account, client), (key, previous) -> {
			int count = ((previous != null) ? previous.count() : 0) + 1;
			return new PairFailures(count, now.plus(delayAfter(count)));
		});
		Duration window = this.properties.clientWindow();
		this.clients.asMap()
			.compute(clientKey(client),
					(key, previous) -> (previous == null || !now.isBefore(previous.windowStart().plus(window)))
							? new ClientFailures(now, 1)
							: new ClientFailures(previous.windowStart(), previous.count() + 1));
	}

	/**
	 * Forget the failures of a pair after a successful login (the client's count stays).
	 * @param account the account name as typed
	 * @param client the client's address
	 */
	public void recordSuccess(String account, String client) {
		if (this.pairs.estimatedSize() > 0) {
			this.pairs.invalidate(pairKey(account, client));
		}
	}

	/**
	 * The wait a pair gets after its {@code count}-th consecutive failure.
	 * @param count the number of failures, from 1
	 * @return zero while the pair still has free failures
	 */
	Duration delayAfter(int count) {
		int over = count - this.properties.freeFailures();
		if (over < 0) {
			return Duration.ZERO;
		}
		Duration max = this.properties.maxDelay();
		Duration delay = this.properties.initialDelay();
		for (int i = 0; i < over && delay.compareTo(max) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(max) > 0) ? max : delay;
	}

	private static String pairKey(String account, String client) {
		return clientKey(client) + '\n' + bounded(account.strip().toLowerCase(Locale.ROOT));
	}

	private static String clientKey(String client) {
		return bounded(client);
	}

	private static String bounded(String text) {
		return (text.length() > MAX_KEY_LENGTH) ? text.substring(0, MAX_KEY_LENGTH) : text;
	}

	private record PairFailures(int count, Instant blockedUntil) {
	}

	private record ClientFailures(Instant windowStart, int count) {
	}

}
