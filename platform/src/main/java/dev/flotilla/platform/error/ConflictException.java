package dev.flotilla.platform.error;

import org.springframework.http.HttpStatus;

/**
 * The request conflicts with the current state, such as a duplicate (409).
 */
public class ConflictException extends ApiException {

	private static final long serialVersionUID = 1L;

	public ConflictException(String message) {
		super(HttpStatus.CONFLICT, "conflict", message);
	}

	public ConflictException(String error, String message) {
		super(HttpStatus.CONFLICT, error, message);
	}

}
