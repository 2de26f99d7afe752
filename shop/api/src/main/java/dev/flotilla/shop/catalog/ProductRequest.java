package dev.flotilla.shop.catalog;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A product as an admin creates or replaces it. There is no {@code id} and no
 * {@code devise}: the server owns both (unknown fields are refused).
 *
 * @param nom the name
 * @param description the description, may be empty
 * @param prix the unit price in euros, two decimals at most
 * @param stock units available
 * @param categorie an existing category's code
 */
record ProductRequest(@NotBlank @Size(max = 120) String nom, @NotNull @Size(max = 2000) String description,
		@NotNull @DecimalMin("0.01") @DecimalMax("999999.99") @Digits(integer = 6, fraction = 2) BigDecimal prix,
		@NotNull @Min(0) @Max(1_000_000) Integer stock, @NotBlank @Size(max = 40) String categorie) {
}
