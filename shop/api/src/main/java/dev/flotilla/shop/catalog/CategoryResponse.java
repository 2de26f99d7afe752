package dev.flotilla.shop.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;

/**
 * A category with the number of products in it.
 *
 * @param code the code products refer to, e.g. {@code claviers}
 * @param nom its display name
 * @param nombreProduits how many products it holds
 */
@NullMarked
@Schema(name = "Categorie")
record CategoryResponse(String code, String nom, long nombreProduits) {
}
