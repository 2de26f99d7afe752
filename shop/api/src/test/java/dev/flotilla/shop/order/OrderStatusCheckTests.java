package dev.flotilla.shop.order;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dev.flotilla.shop.catalog.SearchIndexMigration;
import dev.flotilla.shop.config.SchemaPlaceholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The order status check on H2 once the connection that ran the migrations is closed, as
 * a pool does after {@code max-lifetime}: H2 2.4.240 bound {@code IN (...)} to that
 * session (h2database#4302), so every order write then failed with "database has been
 * closed".
 */
class OrderStatusCheckTests {

	private static final String URL = "jdbc:h2:mem:shop-status-check;DB_CLOSE_DELAY=-1";

	@Test
	void ordersAreWrittenAfterTheMigratingConnectionIsClosed() throws SQLException {
		// One connection runs every migration, then is closed as the pool retires it.
		SingleConnectionDataSource migrating = new SingleConnectionDataSource(URL, "sa", "", true);
		try {
			Flyway.configure()
				.dataSource(migrating)
				.locations("classpath:db/migration")
				.javaMigrations(new SearchIndexMigration())
				.placeholders(SchemaPlaceholders.forDataSource(migrating))
				.load()
				.migrate();
		}
		finally {
			migrating.destroy();
		}
		try (Connection later = DriverManager.getConnection(URL, "sa", "");
				Statement statement = later.createStatement()) {
			statement.executeUpdate(
					"INSERT INTO utilisateur (nom_utilisateur, nom_cle, mot_de_passe, role_utilisateur, cree_le)"
							+ " VALUES ('acheteur', 'acheteur', 'x', 'client', CURRENT_TIMESTAMP)");
			statement.executeUpdate("INSERT INTO commande (utilisateur_id, cree_le, total, devise)"
					+ " SELECT id, CURRENT_TIMESTAMP, 10, 'EUR' FROM utilisateur WHERE nom_utilisateur = 'acheteur'");
			assertThat(statement.executeUpdate("UPDATE commande SET statut = 'payee'")).isOne();
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.executeUpdate("UPDATE commande SET statut = 'perdue'"))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("23513"));
			statement.execute("SHUTDOWN");
		}
	}

}
