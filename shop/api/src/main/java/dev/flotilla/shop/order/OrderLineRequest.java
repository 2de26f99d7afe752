package dev.flotilla.shop.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One line of an order sent as a list. Only the product and the quantity: the price is
 * always the server's (a {@code prix} field is refused as unknown).
 *
 * @param produitId the product
 * @param quantite 1 to {@value #MAX_QUANTITY}
 */
record OrderLineRequest(@NotNull @Min(1) Long produitId, @NotNull @Min(1) @Max(MAX_QUANTITY) Integer quantite) {

	static final int MAX_QUANTITY = 99;

}
