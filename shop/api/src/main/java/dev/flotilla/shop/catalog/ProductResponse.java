package dev.flotilla.shop.catalog;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;

/**
 * A product as the API shows it, with the seed's French field names.
 *
 * @param id the product's id
 * @param nom its name
 * @param description its description
 * @param prix its unit price, an exact decimal with two places
 * @param devise the price's currency (ISO 4217), {@code EUR}
 * @param stock units available
 * @param categorie the code of its category
 */
@NullMarked
@Schema(name = "Produit")
public record ProductResponse(long id, String nom, String description,
		@Schema(types = "number", example = "89.90") BigDecimal prix, @Schema(example = "EUR") String devise, int stock,
		@Schema(example = "claviers") String categorie) {
}
