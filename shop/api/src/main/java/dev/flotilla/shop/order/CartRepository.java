package dev.flotilla.shop.order;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cart lines, one row per user and product.
 */
@Repository
class CartRepository {

	private final JdbcClient jdbc;

	CartRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CartLine> lines(long userId) {
		return this.jdbc.sql("""
				SELECT p.id, p.nom, p.prix, l.quantite, p.stock
				FROM panier_ligne l JOIN produit p ON p.id = l.produit_id
				WHERE l.utilisateur_id = ? ORDER BY p.id""").param(userId).query((rs, row) -> {
			BigDecimal price = rs.getBigDecimal(3).setScale(2);
			int quantity = rs.getInt(4);
			return new CartLine(rs.getLong(1), rs.getString(2), price, quantity,
					price.multiply(BigDecimal.valueOf(quantity)), rs.getInt(5));
		}).list();
	}

	/** Product id to quantity, by product id. */
	Map<Long, Integer> quantities(long userId) {
		Map<Long, Integer> quantities = new LinkedHashMap<>();
		this.jdbc.sql("SELECT produit_id, quantite FROM panier_ligne WHERE utilisateur_id = ? ORDER BY produit_id")
			.param(userId)
			.query((rs) -> {
				quantities.put(rs.getLong(1), rs.getInt(2));
			});
		return quantities;
	}

	void set(long userId, long productId, int quantity) {
		if (update(userId, productId, quantity)) {
			return;
		}
		try {
			this.jdbc.sql("INSERT INTO panier_ligne (utilisateur_id, produit_id, quantite) VALUES (?, ?, ?)")
				.params(userId, productId, quantity)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// A concurrent request inserted the line first: the last write wins.
			update(userId, productId, quantity);
		}
	}

	boolean remove(long userId, long productId) {
		return this.jdbc.sql("DELETE FROM panier_ligne WHERE utilisateur_id = ? AND produit_id = ?")
			.params(userId, productId)
			.update() == 1;
	}

	void clear(long userId) {
		this.jdbc.sql("DELETE FROM panier_ligne WHERE utilisateur_id = ?").param(userId).update();
	}

	private boolean update(long userId, long productId, int quantity) {
		return this.jdbc.sql("UPDATE panier_ligne SET quantite = ? WHERE utilisateur_id = ? AND produit_id = ?")
			.params(quantity, userId, productId)
			.update() == 1;
	}

}
