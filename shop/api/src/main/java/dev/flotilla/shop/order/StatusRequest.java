package dev.flotilla.shop.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An admin's status change.
 *
 * @param statut one of {@code en_attente}, {@code payee}, {@code expediee},
 * {@code annulee}
 */
record StatusRequest(@NotBlank @Size(max = 20) String statut) {
}
