package dev.flotilla.shop.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A placed order.
 *
 * @param id the order's id
 * @param utilisateur who placed it
 * @param creeLe when
 * @param statut {@code en_attente}, {@code payee}, {@code expediee} or {@code annulee}
 * @param lignes its lines, with the prices of that moment
 * @param total the sum of the lines
 * @param devise the currency, {@code EUR}
 */
@NullMarked
@Schema(name = "Commande")
record OrderResponse(long id, String utilisateur, Instant creeLe, String statut, List<Line> lignes, BigDecimal total,
		String devise) {

	/**
	 * An order line.
	 *
	 * @param produitId the product, {@code null} once the product was deleted
	 * @param nom the product's name at order time
	 * @param prixUnitaire the unit price at order time
	 * @param quantite units ordered
	 * @param sousTotal unit price × quantity
	 */
	@Schema(name = "LigneCommande")
	record Line(@Nullable Long produitId, String nom, BigDecimal prixUnitaire, int quantite, BigDecimal sousTotal) {
	}

}
