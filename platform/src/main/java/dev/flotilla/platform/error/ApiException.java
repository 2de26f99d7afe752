package dev.flotilla.platform.error;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Base of the domain exceptions that the platform turns into the JSON error shape. Throw
 * one of the subclasses; their message is sent to the client, so it must be safe to show.
 */
public class ApiException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final HttpStatus status;

	private final String error;

	public ApiException(HttpStatus status, String error, String message) {
		super(message);
		this.status = status;
		this.error = error;
	}

	public HttpStatus getStatus() {
		return this.status;
	}

	public String getError() {
		return this.error;
	}

	/**
	 * Headers to send with the error, e.g. {@code Retry-After}.
	 * @return the headers, empty by default
	 */
	public HttpHeaders getHeaders() {
		return HttpHeaders.EMPTY;
	}

	/**
	 * The error this exception stands for.
	 * @return the API error
	 */
	public ApiError toApiError() {
		return new ApiError(this.status, this.error, String.valueOf(getMessage()));
	}

}
