package dev.flotilla.clinic.search;

import org.springframework.stereotype.Component;

import dev.flotilla.clinic.db.DataChanges;
import dev.flotilla.clinic.patient.PatientResponse;
import dev.flotilla.platform.db.ReadCache;

/**
 * Search pages (rows and exact total) kept for a short time, so that the same search
 * asked again and again (a search page reloaded by many users, a viewer polling) costs no
 * database work. A change made on this replica is seen by the next search at once; one
 * made on another replica, within {@code clinic.search.cache-ttl} (100 ms by default,
 * {@code 0} turns the cache off).
 */
@Component
class SearchCache {

	private final SearchRepository search;

	private final ReadCache<Key, SearchResult<?>> pages;

	SearchCache(SearchRepository search, DataChanges changes, SearchProperties properties) {
		this.search = search;
		this.pages = new ReadCache<>(changes, properties.cacheTtl(), properties.cacheSize());
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
		return (SearchResult<PatientResponse>) this.pages.get(new Key(true, query),
				(key) -> this.search.patients(query));
	}

	@SuppressWarnings("unchecked")
	SearchResult<StudyHit> studies(SearchQuery query) {
		return (SearchResult<StudyHit>) this.pages.get(new Key(false, query), (key) -> this.search.studies(query));
	}

	private record Key(boolean patients, SearchQuery query) {
	}

}
