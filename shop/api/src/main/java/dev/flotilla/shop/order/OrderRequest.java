package dev.flotilla.shop.order;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An order given as lines; without a body, the order is placed from the cart.
 *
 * @param lignes 1 to 50 lines, none of them {@code null} (a null line is a 400, not a
 * {@code NullPointerException} in the service)
 */
record OrderRequest(@NotEmpty @Size(max = 50) List<@NotNull(
		message = "une ligne de commande ne peut pas être vide (null)") @Valid OrderLineRequest> lignes) {
}
