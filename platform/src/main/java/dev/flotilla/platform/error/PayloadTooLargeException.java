package dev.flotilla.platform.error;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * Thrown while a request body is read once it passes the configured limit. It is an
 * {@link IOException} because it surfaces from the body's input stream; message
 * converters wrap it, so the error handler looks for it in the cause chain.
 */
public class PayloadTooLargeException extends IOException {

	private static final long serialVersionUID = 1L;

	/** The error sent for any body over the limit. */
	public static final ApiError API_ERROR = new ApiError(HttpStatus.PAYLOAD_TOO_LARGE, "payload_too_large",
			"The request body is larger than this API accepts");

	public PayloadTooLargeException(long limit) {
		super("Request body over " + limit + " bytes");
	}

	/**
	 * Whether this exception is somewhere in the cause chain of a failure.
	 * @param failure the failure to inspect
	 * @return {@code true} if the body limit caused it
	 */
	public static boolean isCauseOf(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PayloadTooLargeException) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

}
