package dev.flotilla.shop;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's three routes and their shapes.
 */
class SeedRoutesIT extends ShopIntegrationTest {

	@Test
	void productsAreTheSeededFrenchCatalogueWithFrenchFieldNames() {
		ShopClient.Reply reply = this.api.get("/api/produits", null);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).startsWith("application/json");
		JsonNode products = reply.json();
		assertThat(products.isArray()).isTrue();
		assertThat(products.size()).isGreaterThanOrEqualTo(40);
		JsonNode first = products.get(0);
		assertThat(first.propertyNames()).containsExactly("id", "nom", "description", "prix", "devise", "stock",
				"categorie");
		assertThat(first.get("prix").isNumber()).isTrue();
		assertThat(first.get("prix").decimalValue()).isEqualByComparingTo("1099.00");
		assertThat(reply.body()).contains("\"prix\":1099.00");
		assertThat(first.get("devise").asString()).isEqualTo("EUR");
		assertThat(reply.body()).contains("Clavier mécanique AZERTY", "Souris", "Écran 27\\\" QHD");
	}

	@Test
	void productListRevalidatesWithItsETagAndChangesAfterAWrite() {
		ShopClient.Reply first = this.api.get("/api/produits", null);
		String etag = first.header("ETag");
		assertThat(etag).startsWith("\"produits-");
		assertThat(first.header("Cache-Control")).isEqualTo("no-cache");

		ShopClient.Reply revalidated = this.api.get("/api/produits", null, Map.of("If-None-Match", etag));
		assertThat(revalidated.status()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(revalidated.header("ETag")).isEqualTo(etag);

		long id = newProduct("Produit pour fraîcheur", "12.50", 3);

		ShopClient.Reply afterWrite = this.api.get("/api/produits", null, Map.of("If-None-Match", etag));
		assertThat(afterWrite.status()).isEqualTo(200);
		assertThat(afterWrite.header("ETag")).isNotEqualTo(etag);
		assertThat(afterWrite.body()).contains("\"id\":" + id + ",\"nom\":\"Produit pour fraîcheur\"");
	}

	@Test
	void usersNeedCredentials() {
		ShopClient.Reply reply = this.api.get("/api/utilisateurs", null);
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(reply.json().get("error").asString()).isEqualTo("unauthorized");
	}

	@Test
	void usersAreForbiddenToAClient() {
		ShopClient.Reply reply = this.api.get("/api/utilisateurs", newClient());
		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.json().get("error").asString()).isEqualTo("forbidden");
	}

	@Test
	void usersAreListedForAnAdminWithoutAnyHash() {
		ShopClient.Reply reply = this.api.get("/api/utilisateurs", admin());
		assertThat(reply.status()).isEqualTo(200);
		JsonNode users = reply.json();
		assertThat(users.findValuesAsString("nomUtilisateur")).contains("admin", "user");
		assertThat(users.get(0).propertyNames()).containsExactly("id", "nomUtilisateur", "role", "creeLe");
		assertThat(reply.body()).doesNotContainIgnoringCase("password")
			.doesNotContainIgnoringCase("motDePasse")
			.doesNotContainIgnoringCase("mot_de_passe")
			.doesNotContain("{bcrypt}", "$2a$", "$2b$", "$argon", "pbkdf2");
	}

	@Test
	void infoNamesTheApplicationVersionJavaAndALiveDatabase() {
		ShopClient.Reply reply = this.api.get("/api/info", null);
		assertThat(reply.status()).isEqualTo(200);
		JsonNode info = reply.json();
		assertThat(info.get("application").asString()).isEqualTo("shop-api");
		assertThat(info.get("version").asString()).isNotBlank();
		assertThat(info.get("java").asString()).isEqualTo(System.getProperty("java.version"));
		assertThat(info.get("baseDeDonnees").get("produit").asString()).startsWith("H2");
		assertThat(info.get("baseDeDonnees").get("disponible").asBoolean()).isTrue();
		assertThat(info.get("uptimeSecondes").asLong()).isNotNegative();
		assertThat(info.get("demarreLe").asString()).isNotBlank();
	}

	@Test
	void openApiDocumentsTheSeedRoutes() {
		ShopClient.Reply reply = this.api.get("/v3/api-docs", null);
		assertThat(reply.status()).isEqualTo(200);
		JsonNode paths = reply.json().get("paths");
		assertThat(paths.has("/api/produits")).isTrue();
		assertThat(paths.has("/api/utilisateurs")).isTrue();
		assertThat(paths.has("/api/info")).isTrue();
		assertThat(reply.json().get("components").get("schemas").has("Produit")).isTrue();
	}

}
