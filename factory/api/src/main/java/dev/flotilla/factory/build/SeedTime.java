package dev.flotilla.factory.build;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants as the seed's log line writes them:
 * {@code datetime.now(UTC).isoformat().replace('+00:00', 'Z')}, that is six fraction
 * digits, none at all on a whole second, then {@code Z}.
 */
final class SeedTime {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private SeedTime() {
	}

	static String format(Instant instant) {
		int micros = instant.getNano() / 1000;
		String fraction = (micros == 0) ? "" : String.format(Locale.ROOT, ".%06d", micros);
		return SECONDS.format(instant) + fraction + "Z";
	}

}
