package dev.flotilla.launcher;

/**
 * The command line or a {@code FLOTILLA_*} variable is wrong; the message says how.
 */
class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}

}
