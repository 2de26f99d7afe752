package dev.flotilla.clinic.search;

import java.time.DateTimeException;
import java.time.LocalTime;

import dev.flotilla.platform.error.InvalidRequestException;

/**
 * A TM query value (PS3.5 6.2: {@code HH}, {@code HHMM}, {@code HHMMSS},
 * {@code HHMMSS.FFFFFF}) or range ({@code a-b}, {@code a-}, {@code -b}, PS3.4 C.2.2.2.5).
 * A value stands for the whole span of its precision: {@code 10} is 10:00:00 to
 * 10:59:59.999999999, so that a single value and a range end both match the times that
 * their digits name.
 *
 * @param from the first time, inclusive, or {@code null}
 * @param to the last time, inclusive, or {@code null}
 */
record QidoTimeRange(LocalTime from, LocalTime to) {

	static QidoTimeRange parse(String key, String value) {
		int dash = value.indexOf('-');
		if (dash < 0) {
			return new QidoTimeRange(start(key, value), end(key, value));
		}
		if (value.length() == 1 || value.indexOf('-', dash + 1) >= 0) {
			throw invalid(key);
		}
		LocalTime from = (dash == 0) ? null : start(key, value.substring(0, dash));
		LocalTime to = (dash == value.length() - 1) ? null : end(key, value.substring(dash + 1));
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidRequestException("invalid_time_range",
					"« " + key + " » : l'intervalle commence après sa fin.");
		}
		return new QidoTimeRange(from, to);
	}

	void apply(SqlBuilder sql, String column) {
		if (this.from != null) {
			sql.where(column + " >= ?", this.from);
		}
		if (this.to != null) {
			sql.where(column + " <= ?", this.to);
		}
	}

	private static LocalTime start(String key, String text) {
		if (!wellFormed(text)) {
			throw invalid(key);
		}
		try {
			String fraction = (text.length() > 7) ? (text.substring(7) + "00000000").substring(0, 9) : "0";
			return LocalTime.of(number(text, 0), number(text, 2), number(text, 4), Integer.parseInt(fraction));
		}
		catch (DateTimeException ex) {
			throw invalid(key);
		}
	}

	/**
	 * {@code HH}, {@code HHMM}, {@code HHMMSS} or {@code HHMMSS.F} to {@code .FFFFFF}.
	 */
	private static boolean wellFormed(String text) {
		int length = text.length();
		boolean fraction = length >= 8 && length <= 13 && text.charAt(6) == '.';
		if (!fraction && length != 2 && length != 4 && length != 6) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if ((i != 6 || !fraction) && (c < '0' || c > '9')) {
				return false;
			}
		}
		return true;
	}

	/** The last instant that a value's digits name. */
	private static LocalTime end(String key, String text) {
		LocalTime start = start(key, text);
		int dot = text.indexOf('.');
		long span;
		if (dot >= 0) {
			span = (long) Math.pow(10, 9 - (text.length() - dot - 1));
		}
		else {
			span = switch (text.length()) {
				case 2 -> 3_600_000_000_000L;
				case 4 -> 60_000_000_000L;
				default -> 1_000_000_000L;
			};
		}
		return start.plusNanos(span - 1);
	}

	/** Two digits at {@code at}, or 0 past the end of the value. */
	private static int number(String text, int at) {
		return (at + 2 <= text.length()) ? Integer.parseInt(text.substring(at, at + 2)) : 0;
	}

	private static InvalidRequestException invalid(String key) {
		return new InvalidRequestException("invalid_time", "« " + key
				+ " » doit être une heure HH, HHMM, HHMMSS ou HHMMSS.FFFFFF, ou un intervalle a-b, a- ou -b.");
	}

}
