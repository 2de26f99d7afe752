package dev.flotilla.shop.order;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import dev.flotilla.platform.error.ApiException;
import dev.flotilla.shop.account.CurrentUser;
import dev.flotilla.shop.catalog.CatalogProperties;
import dev.flotilla.shop.catalog.CatalogVersion;
import dev.flotilla.shop.catalog.ProductRepository;
import dev.flotilla.shop.catalog.SearchIndexMigration;
import dev.flotilla.shop.config.SchemaPlaceholders;
import dev.flotilla.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations, the repositories and the stock race on H2, PostgreSQL and MariaDB: a
 * fresh database each, migrated the way the application does it, then 50 concurrent
 * orders of one unit of a product that has 10.
 */
class DatabasesIT {

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void migrationsRepositoriesAndTheStockRaceHoldOn(TestDatabase server) throws Exception {
		try (TestDatabase.Fresh database = server.create("shop"); HikariDataSource dataSource = dataSource(database)) {
			Flyway.configure()
				.dataSource(dataSource)
				.locations("classpath:db/migration")
				.javaMigrations(new SearchIndexMigration())
				.placeholders(SchemaPlaceholders.forDataSource(dataSource))
				.load()
				.migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM produit WHERE recherche IS NULL").query(Long.class).single())
				.isZero();
			ProductRepository products = new ProductRepository(jdbc);
			CatalogVersion version = new CatalogVersion(jdbc, new CatalogProperties(Duration.ZERO));
			OrderService orders = new OrderService(products, version, new CartRepository(jdbc),
					new OrderRepository(jdbc), new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
					Clock.systemUTC());
			assertThat(products.findById(1)).hasValueSatisfying((product) -> {
				assertThat(product.prix()).isEqualTo(new BigDecimal("1099.00"));
				assertThat(product.devise()).isEqualTo("EUR");
			});

			long productId = 4;
			jdbc.sql("UPDATE produit SET stock = 10 WHERE id = ?").param(productId).update();
			List<CurrentUser> buyers = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				buyers.add(new CurrentUser(insertUser(jdbc, "acheteur" + i), "acheteur" + i, "client"));
			}

			List<Boolean> results = race(buyers, (buyer) -> {
				try {
					orders.place(buyer, List.of(new OrderLineRequest(productId, 1)));
					return true;
				}
				catch (ApiException ex) {
					assertThat(ex.getStatus().value()).isEqualTo(409);
					return false;
				}
			});

			assertThat(results.stream().filter(Boolean::booleanValue).count()).isEqualTo(10);
			assertThat(products.findById(productId).orElseThrow().stock()).isZero();
			assertThat(jdbc.sql("SELECT COUNT(*) FROM commande").query(Long.class).single()).isEqualTo(10);
			assertThat(jdbc.sql("SELECT SUM(quantite) FROM commande_ligne WHERE produit_id = ?")
				.param(productId)
				.query(Long.class)
				.single()).isEqualTo(10);
			assertThat(new OrderRepository(jdbc).find(null)).hasSize(10)
				.allSatisfy((order) -> assertThat(order.total()).isEqualTo(new BigDecimal("349.00")));
		}
	}

	private static List<Boolean> race(List<CurrentUser> buyers, Buyer buyer) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(buyers.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> futures = new ArrayList<>();
			for (CurrentUser user : buyers) {
				Callable<Boolean> task = () -> {
					start.await();
					return buyer.buy(user);
				};
				futures.add(pool.submit(task));
			}
			start.countDown();
			List<Boolean> results = new ArrayList<>();
			for (Future<Boolean> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long insertUser(JdbcClient jdbc, String name) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO utilisateur (nom_utilisateur, nom_cle, mot_de_passe, role_utilisateur, cree_le) "
				+ "VALUES (?, LOWER(?), ?, ?, ?)")
			.params(name, name, "{noop}x", "client", Timestamp.from(Instant.now()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	private static HikariDataSource dataSource(TestDatabase.Fresh database) {
		HikariConfig config = new HikariConfig();
		String url = database.url();
		if (database.server() == TestDatabase.H2) {
			url = url + ";LOCK_TIMEOUT=10000";
		}
		config.setJdbcUrl(url);
		config.setUsername(database.username());
		config.setPassword(database.password());
		config.setMaximumPoolSize(20);
		return new HikariDataSource(config);
	}

	@FunctionalInterface
	interface Buyer {

		boolean buy(CurrentUser user);

	}

}
