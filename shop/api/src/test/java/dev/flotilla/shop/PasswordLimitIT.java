package dev.flotilla.shop;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BCrypt hashes 72 bytes at most: an anonymous registration with a longer password (in
 * UTF-8 bytes) is a 400 that says the limit, never a 500, and a login with one a 401.
 */
class PasswordLimitIT extends ShopIntegrationTest {

	/** 40 characters, 80 bytes: within the 128-character limit. */
	private static final String TOO_LONG = "é".repeat(40);

	@Test
	void registrationRefusesAPasswordOverSeventyTwoBytes() {
		String username = "long" + System.nanoTime() % 100_000;
		ShopClient.Reply reply = this.api.post("/api/auth/register", null,
				"{\"nomUtilisateur\":\"" + username + "\",\"motDePasse\":\"" + TOO_LONG + "\"}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body()).contains("72 octets")
			.contains("motDePasse")
			.contains("Certains champs sont invalides");
		ShopClient.Reply login = this.api.post("/api/auth/login", null,
				"{\"nomUtilisateur\":\"" + username + "\",\"motDePasse\":\"" + TOO_LONG.substring(0, 36) + "\"}");
		assertThat(login.status()).as("no account was made").isEqualTo(401);
	}

	@Test
	void seventyTwoBytesAreEnough() {
		String username = "exact" + System.nanoTime() % 100_000;
		register(username, "é".repeat(36));
		assertThat(login(username, "é".repeat(36))).isNotBlank();
	}

	@Test
	void loginWithALongerPasswordIsA401() {
		ShopClient.Reply reply = this.api.post("/api/auth/login", null,
				"{\"nomUtilisateur\":\"admin\",\"motDePasse\":\"" + TOO_LONG + "\"}");
		assertThat(reply.status()).isEqualTo(401);
	}

}
