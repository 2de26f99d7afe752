package dev.flotilla.shop;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every write path, then again once the pool has retired every connection it had (the
 * suite runs with Hikari's shortest {@code max-lifetime}, 30 s), as happens in production
 * after 30 minutes: all 2xx both times, and every row stored before is still there,
 * unchanged. Issue 16: H2 had bound the order status check to the migrating session.
 */
class ShopSoakIT extends ShopIntegrationTest {

	private static final List<String> TABLES = List.of("utilisateur:id", "produit:id", "commande:id",
			"commande_ligne:commande_id", "panier_ligne:utilisateur_id");

	private final JdbcClient jdbc;

	ShopSoakIT(@Autowired DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Test
	void everyWritePathWorksAfterThePoolRecycledItsConnectionsAndNothingIsLost() {
		writeEverything("avant");
		Set<Long> sessions = sessions();
		long lastUser = max("utilisateur");
		long lastProduct = max("produit");
		long lastOrder = max("commande");
		String before = digest(lastUser, lastProduct, lastOrder);

		// Bounded: max-lifetime is 30 s; the housekeeper retires each connection shortly
		// after.
		await().atMost(Duration.ofSeconds(75))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> sessions().stream().noneMatch(sessions::contains));

		assertThat(digest(lastUser, lastProduct, lastOrder)).isEqualTo(before);
		writeEverything("apres");
		assertThat(digest(lastUser, lastProduct, lastOrder)).isEqualTo(before);
	}

	/**
	 * Every write the API offers, each on rows of its own: register, products, cart,
	 * orders.
	 */
	private void writeEverything(String tag) {
		String client = newClient();
		login("admin", "admin-it-password");
		long product = newProduct("Soak " + tag, "12.50", 20);
		ok(this.api.put("/api/produits/" + product, admin(), "{\"nom\":\"Soak " + tag
				+ " v2\",\"description\":\"d\",\"prix\":13.00,\"stock\":20,\"categorie\":\"accessoires\"}"));
		ok(this.api.put("/api/produits/" + product + "/stock", admin(), "{\"stock\":30}"));
		long doomed = newProduct("Soak jetable " + tag, "1.00", 1);
		ok(this.api.delete("/api/produits/" + doomed, admin()));

		ok(this.api.put("/api/panier/lignes/" + product, client, "{\"quantite\":2}"));
		ok(this.api.delete("/api/panier/lignes/" + product, client));
		ok(this.api.put("/api/panier/lignes/" + product, client, "{\"quantite\":1}"));
		ok(this.api.delete("/api/panier", client));
		ok(this.api.put("/api/panier/lignes/" + product, client, "{\"quantite\":1}"));
		long fromCart = ok(this.api.post("/api/commandes", client, null)).json().get("id").asLong();

		String lines = "{\"lignes\":[{\"produitId\":" + product + ",\"quantite\":2}]}";
		long paid = ok(this.api.post("/api/commandes", client, lines)).json().get("id").asLong();
		long cancelled = ok(this.api.post("/api/commandes", client, lines)).json().get("id").asLong();
		ok(this.api.put("/api/commandes/" + paid + "/statut", admin(), "{\"statut\":\"payee\"}"));
		ok(this.api.put("/api/commandes/" + paid + "/statut", admin(), "{\"statut\":\"expediee\"}"));
		ok(this.api.post("/api/commandes/" + cancelled + "/annulation", client, null));
		assertThat(stockOf(product)).isEqualTo(30 - 1 - 2);
		// A cart left filled, so the digest covers the cart too.
		ok(this.api.put("/api/panier/lignes/" + product, client, "{\"quantite\":1}"));
		assertThat(fromCart).isPositive();
	}

	private static ShopClient.Reply ok(ShopClient.Reply reply) {
		assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
		return reply;
	}

	private Set<Long> sessions() {
		return Set.copyOf(this.jdbc.sql("SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS").query(Long.class).list());
	}

	private long max(String table) {
		return this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM " + table).query(Long.class).single();
	}

	/**
	 * SHA-256 of every row that existed at the given ids, table by table, in key order.
	 */
	private String digest(long lastUser, long lastProduct, long lastOrder) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String spec : TABLES) {
				String table = spec.substring(0, spec.indexOf(':'));
				String key = spec.substring(spec.indexOf(':') + 1);
				long last = switch (table) {
					case "produit" -> lastProduct;
					case "commande", "commande_ligne" -> lastOrder;
					default -> lastUser;
				};
				List<String> rows = this.jdbc.sql("SELECT * FROM " + table + " WHERE " + key + " <= ? ORDER BY 1, 2")
					.param(last)
					.query((rs, n) -> {
						StringBuilder row = new StringBuilder(table);
						for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
							row.append('|').append(rs.getString(c));
						}
						return row.toString();
					})
					.list();
				assertThat(rows).as(table).isNotEmpty();
				rows.forEach((row) -> sha.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
