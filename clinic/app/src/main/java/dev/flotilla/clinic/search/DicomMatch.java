package dev.flotilla.clinic.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import dev.flotilla.platform.error.InvalidRequestException;

/**
 * DICOM query values turned into SQL: wildcard matching ({@code *} any run, {@code ?} one
 * character) as {@code LIKE} with {@code !} as the escape character, and dates as
 * {@code YYYYMMDD} or the ranges {@code D1-D2}, {@code -D2}, {@code D1-}.
 */
final class DicomMatch {

	private static final DateTimeFormatter DICOM_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private DicomMatch() {
	}

	/**
	 * Whether a value holds a wildcard.
	 * @param value the query value
	 * @return whether it needs {@code LIKE}
	 */
	static boolean hasWildcard(String value) {
		return value.indexOf('*') >= 0 || value.indexOf('?') >= 0;
	}

	/**
	 * The {@code LIKE} pattern of a query value (to use with {@code ESCAPE '!'}).
	 * @param value the query value
	 * @return the pattern
	 */
	static String likePattern(String value) {
		StringBuilder pattern = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '*' -> pattern.append('%');
				case '?' -> pattern.append('_');
				case '%', '_', '!' -> pattern.append('!').append(c);
				default -> pattern.append(c);
			}
		}
		return pattern.toString();
	}

	/**
	 * Add the condition that a column matches a value: {@code =} without a wildcard,
	 * {@code LIKE} with one (a leading literal prefix keeps it an index range scan).
	 * @param sql the query being built
	 * @param column the column
	 * @param value the query value
	 */
	static void match(SqlBuilder sql, String column, String value) {
		if (hasWildcard(value)) {
			if (likePattern(value).equals("%")) {
				return;
			}
			sql.where(column + " LIKE ? ESCAPE '!'", likePattern(value));
		}
		else {
			sql.where(column + " = ?", value);
		}
	}

	/**
	 * Parse a DICOM date or date range.
	 * @param parameter the parameter's name, for the error message
	 * @param value {@code YYYYMMDD}, {@code D1-D2}, {@code -D2} or {@code D1-}
	 * @return the range, either end open
	 */
	static DateRange dateRange(String parameter, String value) {
		int dash = value.indexOf('-');
		if (dash < 0) {
			LocalDate day = date(parameter, value);
			return new DateRange(day, day);
		}
		if (value.indexOf('-', dash + 1) >= 0 || value.length() == 1) {
			throw invalidDate(parameter);
		}
		LocalDate from = (dash == 0) ? null : date(parameter, value.substring(0, dash));
		LocalDate to = (dash == value.length() - 1) ? null : date(parameter, value.substring(dash + 1));
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidRequestException("invalid_date_range",
					"'" + parameter + "': the range starts after it ends");
		}
		return new DateRange(from, to);
	}

	private static LocalDate date(String parameter, String text) {
		if (text.length() != 8) {
			throw invalidDate(parameter);
		}
		try {
			return LocalDate.parse(text, DICOM_DATE);
		}
		catch (DateTimeParseException ex) {
			throw invalidDate(parameter);
		}
	}

	private static InvalidRequestException invalidDate(String parameter) {
		return new InvalidRequestException("invalid_date",
				"'" + parameter + "' must be a date YYYYMMDD or a range YYYYMMDD-YYYYMMDD, -YYYYMMDD, YYYYMMDD-");
	}

	/**
	 * A date range; a {@code null} end is open.
	 *
	 * @param from the first day, inclusive
	 * @param to the last day, inclusive
	 */
	record DateRange(LocalDate from, LocalDate to) {

		void apply(SqlBuilder sql, String column) {
			if (this.from != null) {
				sql.where(column + " >= ?", this.from);
			}
			if (this.to != null) {
				sql.where(column + " <= ?", this.to);
			}
		}

	}

}
