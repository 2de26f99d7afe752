package dev.flotilla.factory.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an account may do: admins also manage users. */
public enum Role {

	ADMIN, DEVELOPER;

	/**
	 * @return the name used in JSON and in tokens
	 */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<Role> of(String value) {
		return Arrays.stream(values()).filter((role) -> role.value().equals(value)).findFirst();
	}

}
