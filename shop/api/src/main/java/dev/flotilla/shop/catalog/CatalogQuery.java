package dev.flotilla.shop.catalog;

import java.util.List;

import dev.flotilla.platform.error.InvalidRequestException;

/**
 * A validated catalogue query: search words, category, page (from 1), page size and sort.
 *
 * @param words the folded search words, at most {@link #MAX_WORDS}
 * @param categorie a category code, or {@code null} for all
 * @param page the page, from 1
 * @param taille the page size
 * @param sort the order
 */
record CatalogQuery(List<String> words, String categorie, int page, int taille, ProductSort sort) {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	static final int MAX_PAGE = 100_000;

	static final int MAX_WORDS = 8;

	static final int MAX_QUERY_LENGTH = 200;

	static CatalogQuery of(String q, String categorie, Integer page, Integer taille, String tri) {
		if (q != null && q.length() > MAX_QUERY_LENGTH) {
			throw new InvalidRequestException("invalid_query",
					"The search 'q' is limited to " + MAX_QUERY_LENGTH + " characters");
		}
		int pageNumber = (page != null) ? page : 1;
		if (pageNumber < 1 || pageNumber > MAX_PAGE) {
			throw new InvalidRequestException("invalid_page", "'page' must be between 1 and " + MAX_PAGE);
		}
		int size = (taille != null) ? taille : DEFAULT_SIZE;
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidRequestException("invalid_page_size", "'taille' must be between 1 and " + MAX_SIZE);
		}
		String category = (categorie == null || categorie.isBlank()) ? null : categorie.trim();
		if (category != null && (category.length() > 40 || !category.matches("[a-z0-9-]+"))) {
			throw new InvalidRequestException("invalid_category", "Unknown category '" + category + "'");
		}
		List<String> words = (q != null) ? SearchWords.words(q, MAX_WORDS) : List.of();
		return new CatalogQuery(words, category, pageNumber, size, ProductSort.parse(tri));
	}

	long offset() {
		return (long) (this.page - 1) * this.taille;
	}

}
