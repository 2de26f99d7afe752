package dev.flotilla.clinic.search;

import java.time.Duration;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.flotilla.clinic.db.DataChanges;
import dev.flotilla.clinic.patient.PatientResponse;

/**
 * Search pages (rows and exact total) kept for a short time, so that the same search
 * asked again and again (a search page reloaded by many users, a viewer polling) costs no
 * database work. A page is kept under the {@link DataChanges#version() version} it was
 * read at: a change made on this replica is seen by the next search at once; one made on
 * another replica, within {@code clinic.search.cache-ttl} (100 ms by default, {@code 0}
 * turns the cache off). Concurrent misses of one search wait for a single read.
 */
@Component
class SearchCache {

	private final SearchRepository search;

	private final DataChanges changes;

	private final Cache<Key, SearchResult<?>> pages;

	@Autowired
	SearchCache(SearchRepository search, DataChanges changes,
			@Value("${clinic.search.cache-ttl:100ms}") Duration timeToLive,
			@Value("${clinic.search.cache-size:10000}") long size) {
		this(search, changes, timeToLive, size, Ticker.systemTicker());
	}

	SearchCache(SearchRepository search, DataChanges changes, Duration timeToLive, long size, Ticker ticker) {
		this.search = search;
		this.changes = changes;
		this.pages = (timeToLive.isZero() || timeToLive.isNegative()) ? null
				: Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(size).ticker(ticker).build();
	}

	/**
	 * A search at the level the query names.
	 * @param query the search
	 * @return its page
	 */
	SearchResult<?> search(SearchQuery query) {
		return query.level().equals("patient") ? patients(query) : studies(query);
	}

	@SuppressWarnings("unchecked")
	SearchResult<PatientResponse> patients(SearchQuery query) {
		return (SearchResult<PatientResponse>) cached(true, query, this.search::patients);
	}

	@SuppressWarnings("unchecked")
	SearchResult<StudyHit> studies(SearchQuery query) {
		return (SearchResult<StudyHit>) cached(false, query, this.search::studies);
	}

	private SearchResult<?> cached(boolean patients, SearchQuery query, Function<SearchQuery, SearchResult<?>> read) {
		if (this.pages == null) {
			return read.apply(query);
		}
		// The version is read before the rows: a change after it gives a new key.
		return this.pages.get(new Key(this.changes.version(), patients, query), (key) -> read.apply(query));
	}

	private record Key(long version, boolean patients, SearchQuery query) {
	}

}
