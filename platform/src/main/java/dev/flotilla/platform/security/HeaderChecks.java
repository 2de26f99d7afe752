package dev.flotilla.platform.security;

import java.util.function.Predicate;

/**
 * The checks Spring Security runs on every request's headers, with the same rules as its
 * defaults but as loops instead of regular expressions: on factory's authenticated list,
 * {@code StrictHttpFirewall}'s header patterns and {@code DefaultBearerTokenResolver}'s
 * token pattern took 7 to 14 % of the CPU samples (JFR), a long bearer token being
 * matched twice per request. The tests hold them to the defaults' answers.
 */
final class HeaderChecks {

	private HeaderChecks() {
	}

	/**
	 * {@code StrictHttpFirewall}'s default rule for header and parameter names: only
	 * assigned Unicode code points, none of them an ISO control character.
	 * @return the predicate
	 */
	static Predicate<String> assignedAndNotControl() {
		return HeaderChecks::isAssignedAndNotControl;
	}

	/**
	 * {@code StrictHttpFirewall}'s default rule for header values: the same, but a
	 * horizontal tab is allowed.
	 * @return the predicate
	 */
	static Predicate<String> headerValue() {
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

}
