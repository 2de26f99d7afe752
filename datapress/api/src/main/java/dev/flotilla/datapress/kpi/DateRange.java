package dev.flotilla.datapress.kpi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import dev.flotilla.platform.error.InvalidRequestException;

/**
 * A validated range of days, both ends included: in order, between 1970 and 2100, at most
 * {@value #MAX_DAYS} days.
 *
 * @param from the first day
 * @param to the last day
 */
record DateRange(LocalDate from, LocalDate to) {

	static final int MAX_DAYS = 366;

	DateRange {
		checkYear("from", from);
		checkYear("to", to);
		if (from.isAfter(to)) {
			throw new InvalidRequestException("'from' must be on or before 'to'");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
			throw new InvalidRequestException("The range may cover at most " + MAX_DAYS + " days");
		}
	}

	/**
	 * Parse a range from query parameters; a missing {@code to} is today, a missing
	 * {@code from} is 29 days before {@code to}.
	 */
	static DateRange parse(String from, String to, LocalDate today) {
		LocalDate end = (to != null) ? parseDate("to", to) : today;
		LocalDate start = (from != null) ? parseDate("from", from) : end.minusDays(29);
		return new DateRange(start, end);
	}

	private static LocalDate parseDate(String name, String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("'" + name + "' must be a date as YYYY-MM-DD");
		}
	}

	private static void checkYear(String name, LocalDate date) {
		if (date == null) {
			throw new InvalidRequestException("'" + name + "' is required");
		}
		if (date.getYear() < 1970 || date.getYear() > 2100) {
			throw new InvalidRequestException("'" + name + "' must be between 1970 and 2100");
		}
	}

}
