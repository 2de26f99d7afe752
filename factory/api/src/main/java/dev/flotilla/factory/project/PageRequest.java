package dev.flotilla.factory.project;

import dev.flotilla.platform.error.InvalidRequestException;

/**
 * A validated {@code page} / {@code per_page} pair.
 *
 * @param page the 1-based page
 * @param perPage items per page, at most {@link #MAX_PER_PAGE}
 */
public record PageRequest(int page, int perPage) {

	/** The cap on {@code per_page}. */
	public static final int MAX_PER_PAGE = 100;

	private static final int MAX_PAGE = 1_000_000;

	public PageRequest {
		if (page < 1 || page > MAX_PAGE) {
			throw new InvalidRequestException("page must be between 1 and " + MAX_PAGE);
		}
		if (perPage < 1 || perPage > MAX_PER_PAGE) {
			throw new InvalidRequestException("per_page must be between 1 and " + MAX_PER_PAGE);
		}
	}

	/**
	 * @return the number of rows to skip
	 */
	public long offset() {
		return (long) (this.page - 1) * this.perPage;
	}

}
