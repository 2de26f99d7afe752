package dev.flotilla.clinic.search;

import java.util.List;

/**
 * One page of a search.
 *
 * @param <T> the row type
 * @param total the exact number of matches
 * @param limit the page size
 * @param offset the rows skipped
 * @param items the page
 */
record SearchResult<T>(long total, int limit, int offset, List<T> items) {

	SearchResult {
		items = List.copyOf(items);
	}

}
