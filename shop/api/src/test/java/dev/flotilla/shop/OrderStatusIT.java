package dev.flotilla.shop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order statuses: the admin moves an order along, a client cancels its own before it
 * ships, and a cancellation puts the stock back exactly once.
 */
class OrderStatusIT extends ShopIntegrationTest {

	private long order(String client, long product, int quantity) {
		ShopClient.Reply placed = this.api.post("/api/commandes", client,
				"{\"lignes\":[{\"produitId\":" + product + ",\"quantite\":" + quantity + "}]}");
		assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		assertThat(placed.json().get("statut").asString()).isEqualTo("en_attente");
		return placed.json().get("id").asLong();
	}

	private ShopClient.Reply setStatus(long order, String status) {
		return this.api.put("/api/commandes/" + order + "/statut", admin(), "{\"statut\":\"" + status + "\"}");
	}

	@Test
	void aClientCancelsItsPendingOrderAndTheStockComesBack() {
		long product = newProduct("Produit annulé", "10.00", 5);
		String client = newClient();
		long order = order(client, product, 3);
		assertThat(stockOf(product)).isEqualTo(2);

		ShopClient.Reply cancelled = this.api.post("/api/commandes/" + order + "/annulation", client, null);

		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().get("statut").asString()).isEqualTo("annulee");
		assertThat(stockOf(product)).isEqualTo(5);
		assertThat(this.api.get("/api/commandes", client).json().get(0).get("statut").asString()).isEqualTo("annulee");
	}

	@Test
	void aPaidOrderCanStillBeCancelledButAShippedOneCannot() {
		long product = newProduct("Produit expédié", "10.00", 5);
		String client = newClient();
		long paid = order(client, product, 1);
		long shipped = order(client, product, 1);
		assertThat(setStatus(paid, "payee").json().get("statut").asString()).isEqualTo("payee");
		assertThat(setStatus(shipped, "payee").status()).isEqualTo(200);
		assertThat(setStatus(shipped, "expediee").json().get("statut").asString()).isEqualTo("expediee");

		ShopClient.Reply refused = this.api.post("/api/commandes/" + shipped + "/annulation", client, null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("error").asString()).isEqualTo("invalid_status_change");
		assertThat(refused.json().get("message").asString()).startsWith("Impossible de passer la commande");
		assertThat(stockOf(product)).isEqualTo(3);

		assertThat(this.api.post("/api/commandes/" + paid + "/annulation", client, null).status()).isEqualTo(200);
		assertThat(stockOf(product)).isEqualTo(4);
	}

	@Test
	void statusesOnlyMoveForward() {
		long product = newProduct("Produit à statuts", "10.00", 5);
		long order = order(newClient(), product, 1);

		assertThat(setStatus(order, "expediee").status()).as("not paid yet").isEqualTo(409);
		assertThat(setStatus(order, "en_attente").status()).as("already pending").isEqualTo(409);
		assertThat(setStatus(order, "annulee").status()).isEqualTo(200);
		assertThat(setStatus(order, "payee").status()).as("cancelled is final").isEqualTo(409);
		assertThat(this.api.post("/api/commandes/" + order + "/annulation", admin(), null).status())
			.as("cancelled twice")
			.isEqualTo(409);
		assertThat(stockOf(product)).isEqualTo(5);
	}

	@Test
	void anUnknownStatusIs400AndChangesNothing() {
		long product = newProduct("Produit statut inconnu", "10.00", 5);
		long order = order(newClient(), product, 1);

		ShopClient.Reply reply = setStatus(order, "livree");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("error").asString()).isEqualTo("invalid_status");
		assertThat(this.api.get("/api/commandes", admin()).body()).contains("\"id\":" + order + ",");
		assertThat(setStatus(order, "payee").status()).isEqualTo(200);
	}

	@Test
	void aClientCannotCancelAnotherClientsOrder() {
		long product = newProduct("Produit d'autrui", "10.00", 5);
		long order = order(newClient(), product, 2);

		ShopClient.Reply reply = this.api.post("/api/commandes/" + order + "/annulation", newClient(), null);

		assertThat(reply.status()).isEqualTo(404);
		assertThat(stockOf(product)).isEqualTo(3);
	}

	@Test
	void concurrentCancellationsPutTheStockBackOnce() throws Exception {
		long product = newProduct("Produit annulé en rafale", "10.00", 10);
		String client = newClient();
		long order = order(client, product, 4);
		List<Callable<Integer>> cancellations = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			cancellations
				.add(() -> new ShopClient(this.port).post("/api/commandes/" + order + "/annulation", client, null)
					.status());
		}
		List<Integer> statuses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (Future<Integer> reply : pool.invokeAll(cancellations)) {
				statuses.add(reply.get());
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(statuses).containsOnly(200, 409).filteredOn((status) -> status == 200).hasSize(1);
		assertThat(stockOf(product)).isEqualTo(10);
	}

}
