package dev.flotilla.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import dev.flotilla.platform.error.ApiError;
import dev.flotilla.platform.error.ApiErrors;

/**
 * Spring Security's 401 and 403 in the platform's JSON error shape, for API filter
 * chains:
 * {@code .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))}
 * (and the same entry point for {@code oauth2ResourceServer}).
 */
public final class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ApiErrors errors;

	private final String challenge;

	/**
	 * Create the handlers.
	 * @param errors the platform's error writer
	 * @param challenge the {@code WWW-Authenticate} value sent with a 401, e.g.
	 * {@code Bearer}
	 */
	public JsonSecurityErrors(ApiErrors errors, String challenge) {
		this.errors = errors;
		this.challenge = challenge;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, this.challenge);
		this.errors.write(response,
				new ApiError(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentification requise ou invalide"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		this.errors.write(response,
				new ApiError(HttpStatus.FORBIDDEN, "forbidden", "Votre rôle ne permet pas cette opération"));
	}

}
