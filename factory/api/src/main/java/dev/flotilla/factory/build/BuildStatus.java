package dev.flotilla.factory.build;

import java.util.Locale;

/**
 * A build's lifecycle: {@code queued → running → success | failed}, or {@code cancelled}.
 */
enum BuildStatus {

	QUEUED, RUNNING, SUCCESS, FAILED, CANCELLED;

	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	boolean isFinal() {
		return this == SUCCESS || this == FAILED || this == CANCELLED;
	}

	static BuildStatus of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
