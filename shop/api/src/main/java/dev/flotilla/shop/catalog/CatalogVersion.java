package dev.flotilla.shop.catalog;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalogue's version: one row, bumped in the same transaction as every product or
 * stock write, so that every instance sees a change at once. The full list's ETag is
 * derived from it, and its serialized body is kept for the current version only, so a
 * revalidation costs one primary-key read and a repeat costs no list query. Pages of the
 * paged catalogue are kept per version the same way.
 */
@Component
public class CatalogVersion {

	private final JdbcClient jdbc;

	private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(-1, new byte[0]));

	/**
	 * Catalogue pages by version and query: a new version is a new key, so a page is
	 * never served after the write that changed it; old versions age out.
	 */
	private final Cache<PageKey, ProductPage> pages = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	public CatalogVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long current() {
		return this.jdbc.sql("SELECT version FROM catalogue_version WHERE id = 1").query(Long.class).single();
	}

	/** Mark the catalogue changed; call inside the transaction that changed it. */
	public void bump() {
		this.jdbc.sql("UPDATE catalogue_version SET version = version + 1 WHERE id = 1").update();
	}

	/**
	 * The list body for a version, rendered once. The version must be read before the
	 * list: a body can then only be newer than its label, never older.
	 */
	byte[] body(long version, Supplier<byte[]> render) {
		Snapshot cached = this.snapshot.get();
		if (cached.version() == version) {
			return cached.body();
		}
		byte[] body = render.get();
		this.snapshot.accumulateAndGet(new Snapshot(version, body),
				(old, fresh) -> (fresh.version() >= old.version()) ? fresh : old);
		return body;
	}

	/**
	 * A page of a query for a version, searched once. As for the list, the version must
	 * be read before the search.
	 */
	ProductPage page(long version, CatalogQuery query, Supplier<ProductPage> search) {
		return this.pages.get(new PageKey(version, query), (key) -> search.get());
	}

	private record Snapshot(long version, byte[] body) {
	}

	private record PageKey(long version, CatalogQuery query) {
	}

}
