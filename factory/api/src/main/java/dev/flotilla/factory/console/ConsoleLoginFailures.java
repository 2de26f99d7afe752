package dev.flotilla.factory.console;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed sign-in goes back to the form: {@code ?error}, or {@code ?wait=<seconds>} with
 * a {@code Retry-After} when the throttle refused it, {@code ?disabled} for a deactivated
 * account (told only once its password was right).
 */
class ConsoleLoginFailures implements AuthenticationFailureHandler {

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof ConsoleAuthentication.ThrottledException throttled) {
			long seconds = throttled.getWait().toSeconds();
			response.setHeader("Retry-After", Long.toString(seconds));
			// a number of seconds, never text from the request
			this.redirects.sendRedirect(request, response, ConsoleSecurityConfiguration.LOGIN + "?wait=" + seconds);
			return;
		}
		if (exception instanceof DisabledException) {
			this.redirects.sendRedirect(request, response, ConsoleSecurityConfiguration.LOGIN + "?disabled");
			return;
		}
		this.redirects.sendRedirect(request, response, ConsoleSecurityConfiguration.LOGIN + "?error");
	}

}
