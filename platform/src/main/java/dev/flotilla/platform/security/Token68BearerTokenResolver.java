package dev.flotilla.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * {@code DefaultBearerTokenResolver} with its defaults (the {@code Authorization} header
 * only, never a query or form parameter), without its regular expression: a value that
 * starts with {@code bearer} in any case must be {@code Bearer <token68>}, or the request
 * fails as a malformed token. See {@link HeaderChecks} for why.
 */
final class Token68BearerTokenResolver implements BearerTokenResolver {

	@Override
	public String resolve(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, "bearer", 0, 6)) {
			return null;
		}
		String token = token68(authorization);
		if (token == null) {
			throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
		}
		return token;
	}

	/** The token of {@code Bearer <token68>} (case-insensitive scheme), or null. */
	private static String token68(String authorization) {
		int start = 7;
		if (authorization.length() <= start || authorization.charAt(6) != ' ') {
			return null;
		}
		int end = authorization.length();
		int padding = end;
		while (padding > start && authorization.charAt(padding - 1) == '=') {
			padding--;
		}
		if (padding == start) {
			return null;
		}
		for (int i = start; i < padding; i++) {
			if (!isToken68(authorization.charAt(i))) {
				return null;
			}
		}
		return authorization.substring(start);
	}

	private static boolean isToken68(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~' || c == '+' || c == '/';
	}

}
