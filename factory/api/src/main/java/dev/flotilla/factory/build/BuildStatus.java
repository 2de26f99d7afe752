package dev.flotilla.factory.build;

import java.util.Locale;

/**
 * The one vocabulary of build statuses: the seed's {@code success} and {@code fail}, and
 * the lifecycle's {@code queued → running → success | fail}, or {@code cancelled}.
 */
enum BuildStatus {

	QUEUED, RUNNING, SUCCESS, FAIL, CANCELLED;

	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	boolean isFinal() {
		return this == SUCCESS || this == FAIL || this == CANCELLED;
	}

	static BuildStatus of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
