package dev.flotilla.launcher;

/**
 * A system did not become healthy; the message says which, why, and what its log ended
 * with.
 */
class StartupException extends Exception {

	private static final long serialVersionUID = 1L;

	StartupException(String message) {
		super(message);
	}

}
