package dev.flotilla.factory.auth;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password checks that take as long for an unknown username as for a wrong password, so
 * response times do not tell which usernames exist.
 */
@Component
class Passwords {

	private final PasswordEncoder encoder;

	private final String decoy;

	Passwords(PasswordEncoder encoder) {
		this.encoder = encoder;
		this.decoy = encoder.encode("decoy-password-for-unknown-users");
	}

	boolean matches(String raw, String hash) {
		if (hash == null) {
			this.encoder.matches(raw, this.decoy);
			return false;
		}
		return this.encoder.matches(raw, hash);
	}

}
