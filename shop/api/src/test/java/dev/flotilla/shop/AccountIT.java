package dev.flotilla.shop;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import dev.flotilla.platform.security.jwt.JwtDenyList;
import dev.flotilla.platform.security.jwt.PlatformJwtProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration, login, logout, the current user, token checks and login throttling.
 */
class AccountIT extends ShopIntegrationTest {

	@Autowired
	JwtDecoder decoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformJwtProperties jwtProperties;

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

	@Test
	void logoutRevokesTheAccessTokenOnEveryReplica() {
		String token = newClient();
		Jwt jwt = this.decoder.decode(token);
		// Another instance: its own deny-list (nothing in memory), the same database.
		JwtDenyList otherInstance = new JwtDenyList(this.jdbc, "jeton_revoque", Clock.systemUTC(), this.jwtProperties);
		assertThat(otherInstance.check(jwt).hasErrors()).isFalse();
		assertThat(this.api.post("/api/auth/logout", token, null).status()).isEqualTo(204);
		ShopClient.Reply refused = this.api.get("/api/auth/moi", token);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("error").asString()).isEqualTo("unauthorized");
		assertThat(otherInstance.check(jwt).hasErrors()).isTrue();
		assertThat(this.api.post("/api/auth/logout", token, null).status()).isEqualTo(401);
		assertThat(this.api.post("/api/auth/logout", null, null).status()).isEqualTo(401);
	}

	@Test
	void usernameDiffersOnlyByCaseIsRefused() {
		register("Casse_Mixte", "un-bon-mot-de-passe");
		for (String twin : new String[] { "casse_mixte", "CASSE_MIXTE", "ADMIN", "Admin" }) {
			ShopClient.Reply again = this.api.post("/api/auth/register", null,
					"{\"nomUtilisateur\":\"" + twin + "\",\"motDePasse\":\"autre-mot-de-passe\"}");
			assertThat(again.status()).as(twin).isEqualTo(409);
			assertThat(again.json().get("error").asString()).isEqualTo("username_taken");
			assertThat(again.json().get("message").asString()).startsWith("Ce nom d'utilisateur est déjà pris");
		}
		// Login stays exact, as it was: the name as created.
		assertThat(login("Casse_Mixte", "un-bon-mot-de-passe")).isNotBlank();
		assertThat(this.api
			.post("/api/auth/login", null,
					"{\"nomUtilisateur\":\"casse_mixte\",\"motDePasse\":\"un-bon-mot-de-passe\"}")
			.status()).isEqualTo(401);
	}

	@Test
	void tokenWithoutExpIsRefused() throws Exception {
		long id = this.jdbc.sql("SELECT id FROM utilisateur WHERE nom_utilisateur = 'admin'")
			.query(Long.class)
			.single();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("shop-api")
			.subject("admin")
			.claim("uid", id)
			.claim("role", "admin")
			.issueTime(new Date())
			.jwtID(UUID.randomUUID().toString())
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		jwt.sign(new MACSigner(this.jwtProperties.secret().getBytes(StandardCharsets.UTF_8)));
		assertRefusedInFrench(jwt.serialize());
	}

	@Test
	void tokenOfDeletedUserIsRefused() {
		String username = "partie_" + System.nanoTime() % 100_000;
		String token = register(username, "un-bon-mot-de-passe");
		assertThat(this.api.get("/api/panier", token).status()).isEqualTo(200);
		this.jdbc.sql("DELETE FROM utilisateur WHERE nom_utilisateur = ?").param(username).update();
		assertRefusedInFrench(token);
	}

	private void assertRefusedInFrench(String token) {
		ShopClient.Reply reply = this.api.get("/api/utilisateurs", token);
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.body())
			.isEqualTo("{\"error\":\"unauthorized\",\"message\":\"Authentification requise ou invalide\"}");
	}

}
