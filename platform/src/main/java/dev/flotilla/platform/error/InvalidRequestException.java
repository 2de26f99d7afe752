package dev.flotilla.platform.error;

import org.springframework.http.HttpStatus;

/**
 * The request is well-formed JSON but its content is not acceptable (400).
 */
public class InvalidRequestException extends ApiException {

	private static final long serialVersionUID = 1L;

	public InvalidRequestException(String message) {
		super(HttpStatus.BAD_REQUEST, "invalid_request", message);
	}

	public InvalidRequestException(String error, String message) {
		super(HttpStatus.BAD_REQUEST, error, message);
	}

}
