package dev.flotilla.platform.db;

import java.time.Duration;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.jspecify.annotations.Nullable;

/**
 * Results read from the database, reused while nothing changed: each is kept under the
 * {@link CommittedChanges#version() version} of this replica's changes it was read at, so
 * the next read after a local change goes to the database; a change made by another
 * replica is seen once the time to live has passed. Concurrent misses of one key wait for
 * a single read; a failed read is not kept. A zero time to live turns the cache off.
 *
 * @param <K> the key (a value type: a record of the request's parameters)
 * @param <V> the result, immutable
 */
public final class ReadCache<K, V> {

	private final CommittedChanges changes;

	private final @Nullable Cache<Versioned<K>, V> results;

	/**
	 * Create a cache.
	 * @param changes the changes that make a result stale
	 * @param timeToLive how long a result is reused at most; zero turns the cache off
	 * @param maximumSize how many results are kept at most
	 */
	public ReadCache(CommittedChanges changes, Duration timeToLive, long maximumSize) {
		this(changes, timeToLive, maximumSize, Ticker.systemTicker());
	}

	ReadCache(CommittedChanges changes, Duration timeToLive, long maximumSize, Ticker ticker) {
		this.changes = changes;
		this.results = (timeToLive.isZero() || timeToLive.isNegative()) ? null
				: Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maximumSize).ticker(ticker).build();
	}

	/**
	 * The result for a key, read when it is not kept.
	 * @param key the key
	 * @param read reads the result from the database
	 * @return the result
	 */
	public V get(K key, Function<? super K, ? extends V> read) {
		if (this.results == null) {
			return read.apply(key);
		}
		// The version is taken before the read: a change committed during it gives a new
		// key.
		return this.results.get(new Versioned<>(this.changes.version(), key), (versioned) -> read.apply(key));
	}

	private record Versioned<K>(long version, K key) {
	}

}
