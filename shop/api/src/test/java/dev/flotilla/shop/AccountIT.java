package dev.flotilla.shop;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration, login, the current user and login throttling.
 */
class AccountIT extends ShopIntegrationTest {

	@Test
	void registrationMakesAClientAndLogsItIn() {
		String token = register("nouvelle_cliente", "un-bon-mot-de-passe");
		JsonNode me = this.api.get("/api/auth/moi", token).json();
		assertThat(me.get("nomUtilisateur").asString()).isEqualTo("nouvelle_cliente");
		assertThat(me.get("role").asString()).isEqualTo("client");
		assertThat(login("nouvelle_cliente", "un-bon-mot-de-passe")).isNotBlank();
	}

	@Test
	void aTakenUsernameIsAConflict() {
		register("doublon", "un-bon-mot-de-passe");
		ShopClient.Reply again = this.api.post("/api/auth/register", null,
				"{\"nomUtilisateur\":\"doublon\",\"motDePasse\":\"autre-mot-de-passe\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("error").asString()).isEqualTo("username_taken");
	}

	@Test
	void aClientCannotRegisterAsAdmin() {
		ShopClient.Reply reply = this.api.post("/api/auth/register", null,
				"{\"nomUtilisateur\":\"pirate\",\"motDePasse\":\"un-bon-mot-de-passe\",\"role\":\"admin\"}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(this.api
			.post("/api/auth/login", null, "{\"nomUtilisateur\":\"pirate\",\"motDePasse\":\"un-bon-mot-de-passe\"}")
			.status()).isEqualTo(401);
	}

	@Test
	void theAdminTokenCarriesTheAdminRole() {
		JsonNode me = this.api.get("/api/auth/moi", admin()).json();
		assertThat(me.get("role").asString()).isEqualTo("admin");
	}

	@Test
	void aWrongPasswordIs401AndRepeatedFailuresAreThrottled() {
		register("oublieuse", "le-vrai-mot-de-passe");
		String wrong = "{\"nomUtilisateur\":\"oublieuse\",\"motDePasse\":\"mauvais\"}";
		for (int i = 0; i < 5; i++) {
			ShopClient.Reply reply = this.api.post("/api/auth/login", null, wrong);
			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.json().get("error").asString()).isEqualTo("invalid_credentials");
		}
		ShopClient.Reply throttled = this.api.post("/api/auth/login", null,
				"{\"nomUtilisateur\":\"oublieuse\",\"motDePasse\":\"le-vrai-mot-de-passe\"}");
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.header("Retry-After")).isNotBlank();
	}

	@Test
	void anUnknownUserIs401LikeAWrongPassword() {
		ShopClient.Reply reply = this.api.post("/api/auth/login", null,
				"{\"nomUtilisateur\":\"personne\",\"motDePasse\":\"peu-importe\"}");
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.json().get("error").asString()).isEqualTo("invalid_credentials");
	}

	@Test
	void aTamperedOrForeignTokenIsRejected() {
		String token = newClient();
		String[] parts = token.split("\\.");
		String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
		assertThat(this.api.get("/api/auth/moi", forged).status()).isEqualTo(401);
		assertThat(this.api.get("/api/auth/moi", "pas-un-jeton").status()).isEqualTo(401);
		// alg "none" with an admin role claim
		String none = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6ImFkbWluIiwiaXNzIjoic2hvcC1hcGkifQ.";
		assertThat(this.api.get("/api/utilisateurs", none).status()).isEqualTo(401);
	}

}
