package dev.flotilla.datapress.kpi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import dev.flotilla.platform.error.InvalidRequestException;

/**
 * A validated range of days, both ends included: in order, between 1970 and 2100, at most
 * {@value #MAX_DAYS} days. The messages are French: the front shows them as they are.
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
			throw new InvalidRequestException(
					"La date de début ('from') doit précéder la date de fin ('to') ou lui être égale");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
			throw new InvalidRequestException("La période peut couvrir au plus " + MAX_DAYS + " jours");
		}
	}

	/** The number of days in the range, both ends included. */
	long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
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
			throw new InvalidRequestException(label(name) + " doit être une date au format AAAA-MM-JJ");
		}
	}

	private static void checkYear(String name, LocalDate date) {
		if (date == null) {
			throw new InvalidRequestException(label(name) + " est obligatoire");
		}
		if (date.getYear() < 1970 || date.getYear() > 2100) {
			throw new InvalidRequestException(label(name) + " doit être comprise entre 1970 et 2100");
		}
	}

	/**
	 * The French name of a parameter, with the parameter itself for whoever calls the
	 * API.
	 */
	private static String label(String name) {
		return ("from".equals(name) ? "La date de début" : "La date de fin") + " ('" + name + "')";
	}

}
