package dev.flotilla.shop.account;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the demo users {@code admin} and {@code user} when they do not exist yet. An
 * existing account is never changed; a replica that loses the race to create one just
 * skips it.
 */
@Component
class DemoUsers implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(DemoUsers.class);

	private final DemoUsersProperties properties;

	private final UserRepository users;

	private final PasswordEncoder encoder;

	DemoUsers(DemoUsersProperties properties, UserRepository users, PasswordEncoder encoder) {
		this.properties = properties;
		this.users = users;
		this.encoder = encoder;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.enabled()) {
			return;
		}
		ensure("admin", this.properties.adminPassword(), Role.ADMIN);
		ensure("user", this.properties.userPassword(), Role.CLIENT);
	}

	private void ensure(String username, String password, String role) {
		if (password == null || password.isBlank() || this.users.findByUsername(username).isPresent()) {
			return;
		}
		try {
			this.users.create(username, this.encoder.encode(password), role);
			log.info("Created the demo user '" + username + "' (" + role + ")");
		}
		catch (DuplicateKeyException ex) {
			// Another instance created it at the same time.
		}
	}

}
