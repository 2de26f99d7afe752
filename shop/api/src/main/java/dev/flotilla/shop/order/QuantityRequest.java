package dev.flotilla.shop.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How many units of a product the cart should hold.
 *
 * @param quantite 1 to {@value OrderLineRequest#MAX_QUANTITY}
 */
record QuantityRequest(@NotNull @Min(1) @Max(OrderLineRequest.MAX_QUANTITY) Integer quantite) {
}
