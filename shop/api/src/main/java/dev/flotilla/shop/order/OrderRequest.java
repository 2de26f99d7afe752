package dev.flotilla.shop.order;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * An order given as lines; without a body, the order is placed from the cart.
 *
 * @param lignes 1 to 50 lines
 */
record OrderRequest(@NotEmpty @Size(max = 50) List<@Valid OrderLineRequest> lignes) {
}
