package dev.flotilla.shop.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A new stock level, set by an admin.
 *
 * @param stock units available
 */
record StockRequest(@NotNull @Min(0) @Max(1_000_000) Integer stock) {
}
