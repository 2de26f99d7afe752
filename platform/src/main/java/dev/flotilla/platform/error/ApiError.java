package dev.flotilla.platform.error;

import java.util.List;

import org.springframework.http.HttpStatusCode;

/**
 * An error as every Flotilla API reports it: an HTTP status, a stable machine-readable
 * {@code error} code, a human-readable {@code message} and, for validation failures, the
 * offending fields.
 *
 * @param status the HTTP status
 * @param error the stable code, for example {@code not_found}
 * @param message the human-readable message; never a stack trace, class name or SQL
 * @param fields the field errors, empty unless validation failed
 */
public record ApiError(HttpStatusCode status, String error, String message, List<FieldError> fields) {

	public ApiError {
		fields = List.copyOf(fields);
	}

	public ApiError(HttpStatusCode status, String error, String message) {
		this(status, error, message, List.of());
	}

	/**
	 * The error for a bare status, with its stable code and safe default message.
	 * @param status the HTTP status
	 * @return the error
	 */
	public static ApiError of(HttpStatusCode status) {
		return new ApiError(status, ApiErrors.codeFor(status), ApiErrors.messageFor(status));
	}

	/**
	 * One rejected field.
	 *
	 * @param field the field or parameter name as the client sent it
	 * @param message why it was rejected
	 */
	public record FieldError(String field, String message) {
	}

}
