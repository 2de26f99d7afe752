package dev.flotilla.studentsweb.student;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A refused sign-in goes back to the sign-in page with the reason in the address, not in
 * a session (Spring's default handler would create one to hold the exception).
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

	static final String REASON = "erreur";

	static final String WRONG = "identifiants";

	static final String API_DOWN = "api-injoignable";

	static final String THROTTLED = "trop-d-essais";

	static final String API_FAILED = "api";

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = WRONG;
		if (exception.getCause() instanceof StudentsApiException api) {
			reason = switch (api.problem()) {
				case UNREACHABLE -> API_DOWN;
				case THROTTLED -> THROTTLED;
				default -> API_FAILED;
			};
		}
		this.redirect.sendRedirect(request, response, "/login?" + REASON + "=" + reason);
	}

}
