package dev.flotilla.shop;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full application over real HTTP on an in-memory H2 database; one context shared by
 * every subclass. Tests never depend on each other's data: each makes its own products
 * and client accounts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:shop-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"shop.demo.admin-password=admin-it-password", "shop.demo.user-password=user-it-password",
				// Hikari's shortest lifetime: connections are recycled during the run, as
				// in
				// production, so faults bound to one connection show (see ShopSoakIT).
				"spring.datasource.hikari.max-lifetime=30000" })
public abstract class ShopIntegrationTest {

	private static final AtomicInteger counter = new AtomicInteger();

	private static String adminToken;

	@LocalServerPort
	protected int port;

	protected ShopClient api;

	@BeforeEach
	void connect() {
		this.api = new ShopClient(this.port);
	}

	/** The demo admin's token, logged in once per run. */
	protected String admin() {
		synchronized (ShopIntegrationTest.class) {
			if (adminToken == null) {
				adminToken = login("admin", "admin-it-password");
			}
			return adminToken;
		}
	}

	/** A new client account's token. */
	protected String newClient() {
		return register("client" + counter.incrementAndGet() + "_" + System.nanoTime() % 100_000, "bon-mot-de-passe");
	}

	protected String register(String username, String password) {
		ShopClient.Reply reply = this.api.post("/api/auth/register", null,
				"{\"nomUtilisateur\":\"" + username + "\",\"motDePasse\":\"" + password + "\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json().get("jeton").asString();
	}

	protected String login(String username, String password) {
		ShopClient.Reply reply = this.api.post("/api/auth/login", null,
				"{\"nomUtilisateur\":\"" + username + "\",\"motDePasse\":\"" + password + "\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json().get("jeton").asString();
	}

	/** A new product with the given price and stock, created by the admin. */
	protected long newProduct(String name, String price, int stock) {
		ShopClient.Reply reply = this.api.post("/api/produits", admin(),
				"{\"nom\":\"" + name + "\",\"description\":\"Produit de test\",\"prix\":" + price + ",\"stock\":"
						+ stock + ",\"categorie\":\"accessoires\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json().get("id").asLong();
	}

	protected int stockOf(long productId) {
		return this.api.get("/api/produits/" + productId, null).json().get("stock").asInt();
	}

}
