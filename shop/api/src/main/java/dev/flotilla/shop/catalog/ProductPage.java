package dev.flotilla.shop.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;

/**
 * One page of a catalogue query, with the exact total.
 *
 * @param produits the products of this page
 * @param page the page number, from 1
 * @param taille the page size
 * @param total how many products match in all
 * @param pages how many pages there are
 */
@NullMarked
@Schema(name = "PageProduits")
record ProductPage(List<ProductResponse> produits, int page, int taille, long total, long pages) {
}
