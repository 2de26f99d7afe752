package dev.flotilla.platform.security;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import dev.flotilla.platform.error.ApiException;

/**
 * A login refused by the {@link LoginThrottle}: 429 with {@code Retry-After}.
 */
public class LoginThrottledException extends ApiException {

	private static final long serialVersionUID = 1L;

	private final long retryAfterSeconds;

	public LoginThrottledException(Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, "too_many_requests",
				"Too many failed logins; try again in " + retryAfter.toSeconds() + " s");
		this.retryAfterSeconds = retryAfter.toSeconds();
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
