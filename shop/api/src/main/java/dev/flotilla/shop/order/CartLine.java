package dev.flotilla.shop.order;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;

/**
 * A cart line, priced at the product's current price.
 *
 * @param produitId the product
 * @param nom its name
 * @param prixUnitaire its current unit price
 * @param quantite units wanted
 * @param sousTotal unit price × quantity
 * @param stock units available now
 */
@NullMarked
@Schema(name = "LignePanier")
record CartLine(long produitId, String nom, BigDecimal prixUnitaire, int quantite, BigDecimal sousTotal, int stock) {
}
