package dev.flotilla.platform.security.throttle;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import dev.flotilla.platform.error.ApiException;

/**
 * A login refused by the {@link LoginThrottle}: 429 {@code too_many_requests} with
 * {@code Retry-After} in seconds.
 */
public class LoginThrottledException extends ApiException {

	private static final long serialVersionUID = 1L;

	private final long retryAfterSeconds;

	/**
	 * A refusal with the platform's French message.
	 * @param retryAfter the wait
	 */
	public LoginThrottledException(Duration retryAfter) {
		this(retryAfter, message(retryAfter));
	}

	/**
	 * A refusal with a system's own wording.
	 * @param retryAfter the wait
	 * @param message the message sent to the client
	 */
	public LoginThrottledException(Duration retryAfter, String message) {
		super(HttpStatus.TOO_MANY_REQUESTS, "too_many_requests", message);
		this.retryAfterSeconds = retryAfter.toSeconds();
	}

	/**
	 * The platform's French message for a wait.
	 * @param retryAfter the wait
	 * @return the message
	 */
	public static String message(Duration retryAfter) {
		return "Trop de tentatives de connexion échouées ; réessayez dans " + retryAfter.toSeconds() + " s";
	}

	public long getRetryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	@Override
	public HttpHeaders getHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds));
		return headers;
	}

}
