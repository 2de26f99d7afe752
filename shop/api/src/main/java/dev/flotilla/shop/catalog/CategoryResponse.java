package dev.flotilla.shop.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A category with the number of products in it.
 *
 * @param code the code products refer to, e.g. {@code claviers}
 * @param nom its display name
 * @param nombreProduits how many products it holds
 */
@Schema(name = "Categorie")
record CategoryResponse(String code, String nom, long nombreProduits) {
}
