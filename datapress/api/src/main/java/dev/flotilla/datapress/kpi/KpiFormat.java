package dev.flotilla.datapress.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Figures and dates written the French way for the PDF report: {@code 12 345},
 * {@code 3,65 %}, {@code +9,89 %}, {@code 01/02/2025}. The separators are no-break spaces
 * (U+00A0), which the PDF's standard fonts can encode (U+202F, what the JDK's French
 * locale uses, they cannot).
 */
final class KpiFormat {

	static final char NBSP = '\u00a0';

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private KpiFormat() {
	}

	static String integer(long value) {
		String digits = Long.toString(Math.abs(value));
		StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				out.append(NBSP);
			}
			out.append(digits.charAt(i));
		}
		return (value < 0) ? "-" + out : out.toString();
	}

	/** A value with two decimals and a decimal comma: {@code 3,65}. */
	static String decimal(BigDecimal value) {
		BigDecimal scaled = value.setScale(2, java.math.RoundingMode.HALF_UP);
		String[] parts = scaled.abs().toPlainString().split("\\.");
		String sign = (scaled.signum() < 0) ? "-" : "";
		return sign + integer(Long.parseLong(parts[0])) + "," + parts[1];
	}

	static String percent(BigDecimal value) {
		return decimal(value) + NBSP + "%";
	}

	/**
	 * A relative change, signed: {@code +9,89 %}; a dash when there is nothing to
	 * compare.
	 */
	static String change(BigDecimal percent) {
		return (percent == null) ? "—" : signed(percent) + NBSP + "%";
	}

	/** A change in percentage points, signed: {@code +0,15 pt}. */
	static String points(BigDecimal points) {
		return signed(points) + NBSP + "pt";
	}

	static String date(LocalDate date) {
		return DATE.format(date);
	}

	static String period(LocalDate from, LocalDate to) {
		return "du " + date(from) + " au " + date(to);
	}

	private static String signed(BigDecimal value) {
		return ((value.signum() > 0) ? "+" : "") + decimal(value);
	}

}
