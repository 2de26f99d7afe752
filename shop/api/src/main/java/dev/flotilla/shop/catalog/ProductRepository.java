package dev.flotilla.shop.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Products and categories, in plain SQL that runs on H2, PostgreSQL and MariaDB alike.
 * Every write also bumps the catalogue version (same transaction as the caller's).
 */
@Repository
public class ProductRepository {

	static final String CURRENCY = "EUR";

	private static final String COLUMNS = "p.id, p.nom, p.description, p.prix, p.devise, p.stock, p.categorie";

	private final JdbcClient jdbc;

	public ProductRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ProductResponse> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM produit p ORDER BY p.id")
			.query(ProductRepository::map)
			.list();
	}

	public Optional<ProductResponse> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM produit p WHERE p.id = ?")
			.param(id)
			.query(ProductRepository::map)
			.optional();
	}

	ProductPage search(CatalogQuery query) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (query.categorie() != null) {
			where.append(" AND p.categorie = ?");
			params.add(query.categorie());
		}
		for (String word : query.words()) {
			// Words hold only [a-z0-9] (SearchWords), so no LIKE wildcard needs escaping.
			where.append(" AND p.recherche LIKE ?");
			params.add("% " + word + "%");
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM produit p" + where).params(params).query(Long.class).single();
		List<ProductResponse> products = List.of();
		if (query.offset() < total) {
			List<Object> pageParams = new ArrayList<>(params);
			pageParams.add(query.taille());
			pageParams.add(query.offset());
			products = this.jdbc
				.sql("SELECT " + COLUMNS + " FROM produit p" + where + " ORDER BY " + query.sort().orderBy()
						+ " LIMIT ? OFFSET ?")
				.params(pageParams)
				.query(ProductRepository::map)
				.list();
		}
		long pages = (total + query.taille() - 1) / query.taille();
		return new ProductPage(products, query.page(), query.taille(), total, pages);
	}

	List<CategoryResponse> categories() {
		return this.jdbc.sql("""
				SELECT c.code, c.nom, (SELECT COUNT(*) FROM produit p WHERE p.categorie = c.code)
				FROM categorie c ORDER BY c.code""")
			.query((rs, row) -> new CategoryResponse(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	boolean categoryExists(String code) {
		return this.jdbc.sql("SELECT COUNT(*) FROM categorie WHERE code = ?")
			.param(code)
			.query(Long.class)
			.single() > 0;
	}

	long create(ProductRequest product) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO produit (nom, description, prix, devise, stock, categorie, recherche)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(product.nom(), product.description(), product.prix(), CURRENCY, product.stock(),
					product.categorie(), searchColumn(product))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	boolean update(long id, ProductRequest product) {
		return this.jdbc.sql("""
				UPDATE produit SET nom = ?, description = ?, prix = ?, stock = ?, categorie = ?, recherche = ?
				WHERE id = ?""")
			.params(product.nom(), product.description(), product.prix(), product.stock(), product.categorie(),
					searchColumn(product), id)
			.update() == 1;
	}

	boolean setStock(long id, int stock) {
		return this.jdbc.sql("UPDATE produit SET stock = ? WHERE id = ?").params(stock, id).update() == 1;
	}

	boolean delete(long id) {
		return this.jdbc.sql("DELETE FROM produit WHERE id = ?").param(id).update() == 1;
	}

	/**
	 * Take units from stock if, and only if, that many are left: one conditional update,
	 * so concurrent orders can never oversell (the row lock orders them).
	 * @param id the product
	 * @param quantity units to take, positive
	 * @return whether the stock was taken
	 */
	public boolean takeStock(long id, int quantity) {
		return this.jdbc.sql("UPDATE produit SET stock = stock - ? WHERE id = ? AND stock >= ?")
			.params(quantity, id, quantity)
			.update() == 1;
	}

	/**
	 * Put units back in stock (a cancelled order's).
	 * @param id the product
	 * @param quantity units to put back, positive
	 */
	public void returnStock(long id, int quantity) {
		this.jdbc.sql("UPDATE produit SET stock = stock + ? WHERE id = ?").params(quantity, id).update();
	}

	private String searchColumn(ProductRequest product) {
		String categoryName = this.jdbc.sql("SELECT nom FROM categorie WHERE code = ?")
			.param(product.categorie())
			.query(String.class)
			.optional()
			.orElse(product.categorie());
		return SearchWords.indexed(product.nom(), categoryName, product.description());
	}

	private static ProductResponse map(ResultSet rs, int row) throws SQLException {
		BigDecimal price = rs.getBigDecimal(4).setScale(2);
		return new ProductResponse(rs.getLong(1), rs.getString(2), rs.getString(3), price, rs.getString(5).trim(),
				rs.getInt(6), rs.getString(7));
	}

}
