package dev.flotilla.platform.error;

import org.springframework.http.HttpStatus;

/**
 * The resource does not exist (404).
 */
public class NotFoundException extends ApiException {

	private static final long serialVersionUID = 1L;

	public NotFoundException(String message) {
		super(HttpStatus.NOT_FOUND, "not_found", message);
	}

	public NotFoundException(String error, String message) {
		super(HttpStatus.NOT_FOUND, error, message);
	}

}
