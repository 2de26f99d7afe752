package dev.flotilla.shop.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * V3: fills the search column of the products seeded in SQL, with the same
 * {@link SearchWords} the application uses on every write (Flyway runs Java migration
 * beans in version order with the SQL ones).
 */
@Component
public class SearchIndexMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("3");
	}

	@Override
	public String getDescription() {
		return "Index product search";
	}

	@Override
	public Integer getChecksum() {
		return 3;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		List<Object[]> rows = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT p.id, p.nom, c.nom, p.description FROM produit p JOIN categorie c ON c.code = p.categorie");
				ResultSet result = select.executeQuery()) {
			while (result.next()) {
				rows.add(new Object[] { result.getLong(1),
						SearchWords.indexed(result.getString(2), result.getString(3), result.getString(4)) });
			}
		}
		try (PreparedStatement update = connection.prepareStatement("UPDATE produit SET recherche = ? WHERE id = ?")) {
			for (Object[] row : rows) {
				update.setString(1, (String) row[1]);
				update.setLong(2, (Long) row[0]);
				update.addBatch();
			}
			update.executeBatch();
		}
	}

}
