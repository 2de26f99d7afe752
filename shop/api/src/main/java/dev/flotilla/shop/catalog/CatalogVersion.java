package dev.flotilla.shop.catalog;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalogue's version: one row, bumped in the same transaction as every product or
 * stock write. Reads never wait on the database for it: an instance keeps the version it
 * last read and reads it again (one request at a time, the others keep the known one)
 * once it is older than {@link CatalogProperties#freshness()}, and its own writes raise
 * it as soon as they commit. So a write through this instance is visible to the next
 * read, and a write through another instance (same database) within the freshness plus
 * one primary-key read. The full list's ETag is derived from the version; its serialized
 * body and the serialized pages of the paged catalogue are kept per version, rendered
 * once each.
 */
@Component
public class CatalogVersion {

	private final JdbcClient jdbc;

	private final long freshnessNanos;

	private final LongSupplier nanoTime;

	/** The last version known and when it was known to be current ({@link #nanoTime}). */
	private final AtomicReference<Known> known = new AtomicReference<>(new Known(-1, 0));

	private final ReentrantLock reading = new ReentrantLock();

	private final ReentrantLock rendering = new ReentrantLock();

	private volatile Snapshot snapshot = new Snapshot(-1, new byte[0]);

	/**
	 * Serialized catalogue pages by version and query: a new version is a new key, so a
	 * page is never served after the write that changed it; old versions age out.
	 */
	private final Cache<PageKey, byte[]> pages = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	@Autowired
	public CatalogVersion(JdbcClient jdbc, CatalogProperties properties) {
		this(jdbc, properties.freshness(), System::nanoTime);
	}

	CatalogVersion(JdbcClient jdbc, Duration freshness, LongSupplier nanoTime) {
		this.jdbc = jdbc;
		this.freshnessNanos = freshness.toNanos();
		this.nanoTime = nanoTime;
	}

	/** The current version, as fresh as {@link CatalogProperties#freshness()} allows. */
	long current() {
		Known last = this.known.get();
		if (last.version() >= 0 && isFresh(last)) {
			return last.version();
		}
		if (last.version() >= 0) {
			// Another request is reading it: no queue on the pool, the known one is
			// at most one read older.
			if (!this.reading.tryLock()) {
				return last.version();
			}
		}
		else {
			this.reading.lock();
		}
		try {
			last = this.known.get();
			if (last.version() >= 0 && isFresh(last)) {
				return last.version();
			}
			long startedAt = this.nanoTime.getAsLong();
			long version = this.jdbc.sql("SELECT version FROM catalogue_version WHERE id = 1")
				.query(Long.class)
				.single();
			return advance(version, startedAt);
		}
		finally {
			this.reading.unlock();
		}
	}

	/**
	 * Mark the catalogue changed; call inside the transaction that changed it. This
	 * instance serves the new version as soon as the transaction commits.
	 */
	public void bump() {
		this.jdbc.sql("UPDATE catalogue_version SET version = version + 1 WHERE id = 1").update();
		// The row stays locked until commit, so this reads the value this transaction
		// set.
		long version = this.jdbc.sql("SELECT version FROM catalogue_version WHERE id = 1").query(Long.class).single();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					raise(version);
				}
			});
		}
		else {
			raise(version);
		}
	}

	/**
	 * The list body for a version, rendered once. The version must be read before the
	 * list: a body can then only be newer than its label, never older.
	 */
	byte[] body(long version, Supplier<byte[]> render) {
		Snapshot cached = this.snapshot;
		if (cached.version() == version) {
			return cached.body();
		}
		// One rendering at a time: after a write, every request waiting here gets the
		// body the first one rendered instead of querying the whole list again.
		this.rendering.lock();
		try {
			cached = this.snapshot;
			if (cached.version() >= version) {
				// Rendered meanwhile, for this version or a later one (newer than its
				// label is allowed).
				return cached.body();
			}
			byte[] body = render.get();
			this.snapshot = new Snapshot(version, body);
			return body;
		}
		finally {
			this.rendering.unlock();
		}
	}

	/**
	 * A serialized page of a query for a version, searched once. As for the list, the
	 * version must be read before the search.
	 */
	byte[] page(long version, CatalogQuery query, Supplier<byte[]> search) {
		return this.pages.get(new PageKey(version, query), (key) -> search.get());
	}

	private boolean isFresh(Known last) {
		return this.nanoTime.getAsLong() - last.checkedAt() < this.freshnessNanos;
	}

	/**
	 * Record a version read from the database (reads are one at a time, so
	 * {@code checkedAt} only grows); never lower the version a local commit raised.
	 */
	private long advance(long version, long checkedAt) {
		return this.known
			.accumulateAndGet(new Known(version, checkedAt),
					(old, read) -> new Known(Math.max(old.version(), read.version()), read.checkedAt()))
			.version();
	}

	/** Raise the known version after a local commit, keeping when it was last read. */
	private void raise(long version) {
		this.known.accumulateAndGet(new Known(version, 0), (old, committed) -> (old.version() < 0) ? old
				: new Known(Math.max(old.version(), committed.version()), old.checkedAt()));
	}

	private record Known(long version, long checkedAt) {
	}

	private record Snapshot(long version, byte[] body) {
	}

	private record PageKey(long version, CatalogQuery query) {
	}

}
