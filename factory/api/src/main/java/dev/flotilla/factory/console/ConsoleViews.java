package dev.flotilla.factory.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * French words and numbers for the templates ({@code ${@consoleViews…}}): status labels,
 * durations, dates and plurals.
 */
@Component("consoleViews")
public class ConsoleViews {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy 'à' HH:mm:ss", Locale.FRENCH)
		.withZone(ZoneId.of("Europe/Paris"));

	/** The French label of a build status ({@code none}: no build yet). */
	public String status(String status) {
		return switch ((status != null) ? status : "none") {
			case "queued" -> "En attente";
			case "running" -> "En cours";
			case "success" -> "Réussi";
			case "fail" -> "Échoué";
			case "cancelled" -> "Annulé";
			default -> "Aucun build";
		};
	}

	/**
	 * A duration in seconds as {@code 4,2 s} or {@code 1 min 05 s}; a dash when unknown.
	 */
	public String duration(Double seconds) {
		if (seconds == null) {
			return "—";
		}
		if (seconds < 60) {
			return String.format(Locale.FRENCH, "%.1f s", seconds);
		}
		long whole = Math.round(seconds);
		return String.format(Locale.FRENCH, "%d min %02d s", whole / 60, whole % 60);
	}

	/** An instant as a French date, Paris time (the browser then shows it relatively). */
	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant) : "—";
	}

	/**
	 * {@code 1 projet}, {@code 0 projet}, {@code 3 projets}: French plurals start at 2.
	 */
	public String count(long count, String singular, String plural) {
		return String.format(Locale.FRENCH, "%,d %s", count, (count < 2) ? singular : plural).replace('\u202f', ' ');
	}

}
