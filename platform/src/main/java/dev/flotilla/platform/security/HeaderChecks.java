package dev.flotilla.platform.security;

import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * The checks Spring Security runs on every request's headers, with the same rules as its
 * defaults but as loops instead of regular expressions: on factory's authenticated list,
 * {@code StrictHttpFirewall}'s header patterns and {@code DefaultBearerTokenResolver}'s
 * token pattern took 7 to 14 % of the CPU samples (JFR), a long bearer token being
 * matched twice per request. The tests hold them to the defaults' answers.
 */
public final class HeaderChecks {

	private HeaderChecks() {
	}

	/**
	 * {@code StrictHttpFirewall}'s default rule for header and parameter names: only
	 * assigned Unicode code points, none of them an ISO control character.
	 * @return the predicate
	 */
	public static Predicate<String> assignedAndNotControl() {
		return HeaderChecks::isAssignedAndNotControl;
	}

	/**
	 * {@code StrictHttpFirewall}'s default rule for header values: the same, but a
	 * horizontal tab is allowed.
	 * @return the predicate
	 */
	public static Predicate<String> headerValue() {
		return (value) -> allowed(value, true);
	}

	static boolean isAssignedAndNotControl(String value) {
		return allowed(value, false);
	}

	private static boolean allowed(String value, boolean tab) {
		for (int i = 0; i < value.length();) {
			int codePoint = value.codePointAt(i);
			if (!Character.isDefined(codePoint) || (Character.isISOControl(codePoint) && !(tab && codePoint == '\t'))) {
				return false;
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}

	/**
	 * {@code DefaultBearerTokenResolver} with its defaults (the {@code Authorization}
	 * header only, never a query or form parameter): a value that starts with
	 * {@code bearer} in any case must be {@code Bearer <token68>}, or the request fails
	 * as a malformed token.
	 * @return the resolver
	 */
	public static BearerTokenResolver bearerTokenResolver() {
		return HeaderChecks::resolveBearerToken;
	}

	static String resolveBearerToken(HttpServletRequest request) {
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
