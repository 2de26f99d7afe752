package dev.flotilla.factory.project;

import java.util.List;

/**
 * The seed's paging envelope.
 *
 * @param <T> the item type
 * @param items the page's items
 * @param total the number of items on all pages
 * @param page the 1-based page
 * @param pages the number of pages
 */
public record PageResponse<T>(List<T> items, long total, int page, long pages) {

	public static <T> PageResponse<T> of(List<T> items, long total, PageRequest request) {
		long pages = (total + request.perPage() - 1) / request.perPage();
		return new PageResponse<>(items, total, request.page(), pages);
	}

}
