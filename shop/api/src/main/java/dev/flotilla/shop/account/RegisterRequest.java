package dev.flotilla.shop.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new client account. The role is not a field: registration always makes a
 * {@code client}.
 *
 * @param nomUtilisateur 3 to 40 letters, digits, dots, dashes or underscores
 * @param motDePasse 8 to 128 characters
 */
record RegisterRequest(
		@NotBlank @Size(min = 3, max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+",
				message = "letters, digits, '.', '_' or '-' only") String nomUtilisateur,
		@NotBlank @Size(min = 8, max = 128) String motDePasse) {
}
