package dev.flotilla.factory.console;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed sign-in goes back to the form: {@code ?error}, or {@code ?wait=<seconds>} with
 * a {@code Retry-After} when the throttle refused it.
 */
class ConsoleLoginFailures implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof ConsoleAuthentication.ThrottledException throttled) {
			long seconds = throttled.getWait().toSeconds();
			response.setHeader("Retry-After", Long.toString(seconds));
			response.sendRedirect(ConsoleSecurityConfiguration.LOGIN + "?wait=" + seconds);
			return;
		}
		response.sendRedirect(ConsoleSecurityConfiguration.LOGIN + "?error");
	}

}
