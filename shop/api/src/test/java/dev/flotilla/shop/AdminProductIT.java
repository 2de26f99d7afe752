package dev.flotilla.shop;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's product writes.
 */
class AdminProductIT extends ShopIntegrationTest {

	private static final String PRODUCT = "{\"nom\":\"Écran de démonstration\",\"description\":\"Un écran\",\"prix\":199.99,\"stock\":4,\"categorie\":\"ecrans\"}";

	@Test
	void anAdminCreatesEditsSetsStockAndDeletesAProduct() {
		ShopClient.Reply created = this.api.post("/api/produits", admin(), PRODUCT);
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("devise").asString()).isEqualTo("EUR");
		assertThat(this.api.get("/api/produits?q=ecran%20demonstration", null).json().get("total").asLong())
			.isEqualTo(1);

		JsonNode edited = this.api.put("/api/produits/" + id, admin(), PRODUCT.replace("199.99", "149.50")).json();
		assertThat(edited.get("prix").decimalValue()).isEqualByComparingTo("149.50");

		JsonNode restocked = this.api.put("/api/produits/" + id + "/stock", admin(), "{\"stock\":40}").json();
		assertThat(restocked.get("stock").asInt()).isEqualTo(40);

		assertThat(this.api.delete("/api/produits/" + id, admin()).status()).isEqualTo(204);
		assertThat(this.api.get("/api/produits/" + id, null).status()).isEqualTo(404);
		assertThat(this.api.delete("/api/produits/" + id, admin()).status()).isEqualTo(404);
	}

	@Test
	void aDeletedProductLeavesPlacedOrdersIntact() {
		long id = newProduct("Produit bientôt retiré", "15.00", 5);
		String client = newClient();
		this.api.post("/api/commandes", client, "{\"lignes\":[{\"produitId\":" + id + ",\"quantite\":2}]}");
		assertThat(this.api.delete("/api/produits/" + id, admin()).status()).isEqualTo(204);
		JsonNode line = this.api.get("/api/commandes", client).json().get(0).get("lignes").get(0);
		assertThat(line.get("nom").asString()).isEqualTo("Produit bientôt retiré");
		assertThat(line.get("produitId").isNull()).isTrue();
		assertThat(line.get("sousTotal").decimalValue()).isEqualByComparingTo("30.00");
	}

	@Test
	void aClientCannotWriteProducts() {
		String client = newClient();
		assertThat(this.api.post("/api/produits", client, PRODUCT).status()).isEqualTo(403);
		assertThat(this.api.put("/api/produits/1/stock", client, "{\"stock\":0}").status()).isEqualTo(403);
		assertThat(this.api.delete("/api/produits/1", client).status()).isEqualTo(403);
		assertThat(stockOf(1)).isPositive();
	}

}
