package dev.flotilla.studentsweb.student;

/**
 * The API could not do what the page asked; the message is French, for the page.
 */
class StudentsApiException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** What went wrong, so that the page can decide what else it can still show. */
	enum Problem {

		/** No answer: connection refused, unknown host, timeout. */
		UNREACHABLE,
		/** 401 or 403: the API refuses the page's credentials. */
		REFUSED_CREDENTIALS,
		/** 400: the API rejected the data; the message carries the API's own. */
		REJECTED,
		/** 404: no such student (or API_URL points at something else). */
		NOT_FOUND,
		/** A rename to a name another student already has. */
		CONFLICT,
		/** 429: the API's login throttle holds these credentials back for a while. */
		THROTTLED,
		/** Any other error status or an answer the page cannot read. */
		FAILED

	}

	private final Problem problem;

	StudentsApiException(Problem problem, String message) {
		super(message);
		this.problem = problem;
	}

	Problem problem() {
		return this.problem;
	}

	/** Whether the API could still answer other requests (so it is worth asking it). */
	boolean apiAvailable() {
		return this.problem != Problem.UNREACHABLE && this.problem != Problem.REFUSED_CREDENTIALS
				&& this.problem != Problem.THROTTLED;
	}

}
