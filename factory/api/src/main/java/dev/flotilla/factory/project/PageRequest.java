package dev.flotilla.factory.project;

/**
 * A {@code page} / {@code per_page} pair, checked by the controllers' constraints
 * ({@code @Min} / {@code @Max} with the limits and messages below).
 *
 * @param page the 1-based page, at most {@link #MAX_PAGE}
 * @param perPage items per page, at most {@link #MAX_PER_PAGE}
 */
public record PageRequest(int page, int perPage) {

	/** The cap on {@code per_page}. */
	public static final int MAX_PER_PAGE = 100;

	/** The cap on {@code page}. */
	public static final int MAX_PAGE = 1_000_000;

	/** The message when {@code page} is out of range. */
	public static final String PAGE_RANGE = "page must be between 1 and " + MAX_PAGE;

	/** The message when {@code per_page} is out of range. */
	public static final String PER_PAGE_RANGE = "per_page must be between 1 and " + MAX_PER_PAGE;

	/**
	 * @return the number of rows to skip
	 */
	public long offset() {
		return (long) (this.page - 1) * this.perPage;
	}

}
