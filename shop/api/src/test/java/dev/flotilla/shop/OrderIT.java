package dev.flotilla.shop;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cart, placing orders, stock and order history.
 */
class OrderIT extends ShopIntegrationTest {

	@Test
	void anOrderFromTheCartTakesStockKeepsPricesAndEmptiesTheCart() {
		long keyboard = newProduct("Clavier de commande", "49.90", 10);
		long mouse = newProduct("Souris de commande", "19.99", 4);
		String client = newClient();
		this.api.put("/api/panier/lignes/" + keyboard, client, "{\"quantite\":2}");
		JsonNode cart = this.api.put("/api/panier/lignes/" + mouse, client, "{\"quantite\":3}").json();
		assertThat(cart.get("total").decimalValue()).isEqualByComparingTo("159.77");

		ShopClient.Reply placed = this.api.post("/api/commandes", client, null);
		assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		JsonNode order = placed.json();
		assertThat(order.get("total").decimalValue()).isEqualByComparingTo("159.77");
		assertThat(order.get("lignes").findValuesAsString("nom")).containsExactly("Clavier de commande",
				"Souris de commande");
		assertThat(stockOf(keyboard)).isEqualTo(8);
		assertThat(stockOf(mouse)).isEqualTo(1);
		assertThat(this.api.get("/api/panier", client).json().get("lignes").size()).isZero();

		this.api.put("/api/produits/" + keyboard, admin(),
				"{\"nom\":\"Clavier de commande\",\"description\":\"\",\"prix\":99.00,\"stock\":8,\"categorie\":\"claviers\"}");
		JsonNode history = this.api.get("/api/commandes", client).json();
		assertThat(history.size()).isEqualTo(1);
		assertThat(history.get(0).get("lignes").get(0).get("prixUnitaire").decimalValue())
			.isEqualByComparingTo("49.90");
	}

	@Test
	void theFullListAndThePagesShowTheStockAnOrderTookAtOnce() {
		long product = newProduct("Produit vu du catalogue", "5.00", 6);
		String page = "/api/produits?q=produit+vu+du+catalogue";
		assertThat(this.api.get(page, null).body()).contains("\"stock\":6");
		assertThat(this.api.get("/api/produits", null).body()).contains("\"id\":" + product + ",");

		ShopClient.Reply placed = this.api.post("/api/commandes", newClient(),
				"{\"lignes\":[{\"produitId\":" + product + ",\"quantite\":4}]}");
		assertThat(placed.status()).as(placed.body()).isEqualTo(201);

		assertThat(this.api.get(page, null).body()).contains("\"stock\":2");
		JsonNode listed = this.api.get("/api/produits", null).json();
		assertThat(listed.valueStream()
			.filter((p) -> p.get("id").asLong() == product)
			.findFirst()
			.orElseThrow()
			.get("stock")
			.asInt()).isEqualTo(2);
	}

	@Test
	void anOrderBeyondStockIs409AndChangesNothing() {
		long scarce = newProduct("Produit rare", "10.00", 2);
		long plenty = newProduct("Produit courant", "5.00", 50);
		String client = newClient();
		ShopClient.Reply refused = this.api.post("/api/commandes", client, "{\"lignes\":[{\"produitId\":" + plenty
				+ ",\"quantite\":3},{\"produitId\":" + scarce + ",\"quantite\":3}]}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("error").asString()).isEqualTo("insufficient_stock");
		assertThat(refused.json().get("message").asString()).contains("Stock insuffisant", "Produit rare");
		assertThat(stockOf(scarce)).isEqualTo(2);
		assertThat(stockOf(plenty)).isEqualTo(50);
		assertThat(this.api.get("/api/commandes", client).json().size()).isZero();
	}

	@Test
	void theCartRefusesMoreThanTheStock() {
		long scarce = newProduct("Produit presque épuisé", "10.00", 1);
		String client = newClient();
		ShopClient.Reply reply = this.api.put("/api/panier/lignes/" + scarce, client, "{\"quantite\":2}");
		assertThat(reply.status()).isEqualTo(409);
		assertThat(this.api.get("/api/panier", client).json().get("lignes").size()).isZero();
	}

	@Test
	void aNullOrderLineIs400WithAFrenchMessageOnThatLine() {
		String client = newClient();
		long product = newProduct("Ligne nulle", "5.00", 3);
		ShopClient.Reply reply = this.api.post("/api/commandes", client,
				"{\"lignes\":[{\"produitId\":" + product + ",\"quantite\":1},null]}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.json().get("error").asString()).isEqualTo("validation_failed");
		assertThat(reply.body()).contains("lignes[1]").contains("ne peut pas être vide");
		assertThat(stockOf(product)).isEqualTo(3);
		assertThat(this.api.get("/api/commandes", client).json().size()).isZero();
	}

	@Test
	void anEmptyCartCannotBeOrdered() {
		ShopClient.Reply reply = this.api.post("/api/commandes", newClient(), null);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("error").asString()).isEqualTo("empty_cart");
	}

	@Test
	void cartLinesCanBeChangedAndRemoved() {
		long product = newProduct("Produit de panier", "3.00", 10);
		String client = newClient();
		this.api.put("/api/panier/lignes/" + product, client, "{\"quantite\":2}");
		JsonNode changed = this.api.put("/api/panier/lignes/" + product, client, "{\"quantite\":5}").json();
		assertThat(changed.get("lignes").get(0).get("quantite").asInt()).isEqualTo(5);
		JsonNode removed = this.api.delete("/api/panier/lignes/" + product, client).json();
		assertThat(removed.get("lignes").size()).isZero();
		this.api.put("/api/panier/lignes/" + product, client, "{\"quantite\":1}");
		assertThat(this.api.delete("/api/panier", client).status()).isEqualTo(204);
		assertThat(this.api.get("/api/panier", client).json().get("lignes").size()).isZero();
	}

	@Test
	void aClientSeesOnlyItsOwnOrdersAndTheAdminSeesThemAll() {
		long product = newProduct("Produit d'historique", "7.00", 10);
		String alice = newClient();
		String bob = newClient();
		String line = "{\"lignes\":[{\"produitId\":" + product + ",\"quantite\":1}]}";
		long aliceOrder = this.api.post("/api/commandes", alice, line).json().get("id").asLong();
		long bobOrder = this.api.post("/api/commandes", bob, line).json().get("id").asLong();
		assertThat(this.api.get("/api/commandes", alice).json().findValues("id")).extracting(JsonNode::asLong)
			.containsExactly(aliceOrder);
		assertThat(this.api.get("/api/commandes", admin()).json().findValues("id")).extracting(JsonNode::asLong)
			.contains(aliceOrder, bobOrder);
	}

}
