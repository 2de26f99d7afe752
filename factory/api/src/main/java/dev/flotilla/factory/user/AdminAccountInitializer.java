package dev.flotilla.factory.user;

import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds the {@code admin} account on first start, as the seed does, with the configured
 * password (hashed). Replicas starting together race on the unique username; the loser
 * simply finds the account there.
 */
@Component
class AdminAccountInitializer implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(AdminAccountInitializer.class);

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final String adminPassword;

	AdminAccountInitializer(UserRepository users, PasswordEncoder encoder, AdminAccountProperties properties) {
		this.users = users;
		this.encoder = encoder;
		this.adminPassword = properties.adminPassword();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.users.findByUsername("admin").isPresent()) {
			return;
		}
		try {
			this.users.create("admin", this.encoder.encode(this.adminPassword), Role.ADMIN, Instant.now());
			log.info("Created the admin account");
		}
		catch (DuplicateKeyException ex) {
			// another replica created it first
		}
	}

}
