package dev.flotilla.studentsweb.student;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import dev.flotilla.studentsweb.student.StudentsApiException.Problem;

/**
 * Signing in on the page: the page has no users of its own, the API's HTTP Basic user is
 * the one who may write. The typed credentials are checked by reading the list with them;
 * accepted, they become the session's principal (server-side only) and the page's writes
 * are sent with them.
 */
@Component
class StudentsApiSignIn implements AuthenticationProvider {

	static final String EDITOR = "ROLE_EDITOR";

	private final StudentsApiClient api;

	StudentsApiSignIn(StudentsApiClient api) {
		this.api = api;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		Object password = authentication.getCredentials();
		if (username.isBlank() || !(password instanceof String typed) || typed.isEmpty()) {
			throw new BadCredentialsException("blank username or password");
		}
		ApiCredentials user = ApiCredentials.signedIn(username, typed);
		try {
			this.api.verify(user);
		}
		catch (StudentsApiException ex) {
			if (ex.problem() == Problem.REFUSED_CREDENTIALS) {
				throw new BadCredentialsException("refused by the students API");
			}
			// API down, throttled, or not the API: the sign-in page says which.
			throw new AuthenticationServiceException(ex.getMessage(), ex);
		}
		// No credentials on the token: the principal carries them, for the API calls.
		return UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority(EDITOR)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
