package dev.flotilla.shop.order;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Orders and their lines.
 */
@Repository
class OrderRepository {

	private final JdbcClient jdbc;

	OrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long userId, Instant createdAt, BigDecimal total) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO commande (utilisateur_id, cree_le, total, devise) VALUES (?, ?, ?, 'EUR')")
			.params(userId, Timestamp.from(createdAt), total)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void insertLine(long orderId, int line, OrderResponse.Line orderLine) {
		this.jdbc.sql("""
				INSERT INTO commande_ligne (commande_id, ligne, produit_id, nom, prix_unitaire, quantite)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(orderId, line, orderLine.produitId(), orderLine.nom(), orderLine.prixUnitaire(),
					orderLine.quantite())
			.update();
	}

	/**
	 * The orders of one user, or of everyone when {@code userId} is null, newest first.
	 */
	List<OrderResponse> find(Long userId) {
		return (userId != null) ? find(" WHERE c.utilisateur_id = ?", List.of(userId)) : find("", List.of());
	}

	Optional<OrderResponse> findById(long orderId) {
		return find(" WHERE c.id = ?", List.of(orderId)).stream().findFirst();
	}

	/**
	 * Who placed an order and its status.
	 * @param orderId the order
	 * @return its owner and status, empty when there is no such order
	 */
	Optional<Placed> placed(long orderId) {
		return this.jdbc.sql("SELECT utilisateur_id, statut FROM commande WHERE id = ?")
			.param(orderId)
			.query((rs, row) -> new Placed(rs.getLong(1), OrderStatus.of(rs.getString(2))))
			.optional();
	}

	/**
	 * Change a status if, and only if, it still is {@code from}: of two concurrent
	 * changes, one wins.
	 */
	boolean changeStatus(long orderId, OrderStatus from, OrderStatus to) {
		return this.jdbc.sql("UPDATE commande SET statut = ? WHERE id = ? AND statut = ?")
			.params(to.code(), orderId, from.code())
			.update() == 1;
	}

	/**
	 * The units of each product still in the catalogue that an order took, by product id.
	 */
	Map<Long, Integer> quantities(long orderId) {
		Map<Long, Integer> quantities = new TreeMap<>();
		this.jdbc.sql("""
				SELECT produit_id, quantite FROM commande_ligne
				WHERE commande_id = ? AND produit_id IS NOT NULL""").param(orderId).query((rs) -> {
			quantities.merge(rs.getLong(1), rs.getInt(2), Integer::sum);
		});
		return quantities;
	}

	record Placed(long userId, OrderStatus status) {
	}

	/** {@code where} is one of the constant clauses above, never client text. */
	private List<OrderResponse> find(String where, List<Object> params) {
		Map<Long, List<OrderResponse.Line>> lines = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					SELECT l.commande_id, l.produit_id, l.nom, l.prix_unitaire, l.quantite
					FROM commande_ligne l JOIN commande c ON c.id = l.commande_id""" + where
					+ " ORDER BY l.commande_id, l.ligne")
			.params(params)
			.query((rs) -> {
				long productId = rs.getLong(2);
				Long product = rs.wasNull() ? null : productId;
				BigDecimal price = rs.getBigDecimal(4).setScale(2);
				int quantity = rs.getInt(5);
				lines.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
					.add(new OrderResponse.Line(product, rs.getString(3), price, quantity,
							price.multiply(BigDecimal.valueOf(quantity))));
			});
		return this.jdbc.sql("""
				SELECT c.id, u.nom_utilisateur, c.cree_le, c.total, c.devise, c.statut
				FROM commande c JOIN utilisateur u ON u.id = c.utilisateur_id""" + where + " ORDER BY c.id DESC")
			.params(params)
			.query((rs, row) -> new OrderResponse(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(6), List.copyOf(lines.getOrDefault(rs.getLong(1), List.of())),
					rs.getBigDecimal(4).setScale(2), rs.getString(5).trim()))
			.list();
	}

}
