package dev.flotilla.clinic.user;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A login refused while its (user, address) pair or its address is throttled: the form
 * login and HTTP Basic answer it with 429 and {@code Retry-After}.
 */
public class LoginThrottledAuthenticationException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final long retryAfterSeconds;

	LoginThrottledAuthenticationException(Duration retryAfter) {
		super("Too many failed logins");
		this.retryAfterSeconds = retryAfter.toSeconds();
	}

	/**
	 * How long the client must wait.
	 * @return the wait in whole seconds
	 */
	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
