package dev.flotilla.shop.catalog;

/**
 * {@code If-None-Match} matching (RFC 9110 weak comparison: a {@code W/} prefix is
 * ignored; {@code *} matches anything).
 */
final class ETags {

	private ETags() {
	}

	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals("*") || tag.equals(etag)) {
				return true;
			}
		}
		return false;
	}

}
