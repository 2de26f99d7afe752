package dev.flotilla.shop.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.flotilla.platform.validation.MaxUtf8Bytes;

/**
 * A new client account. The role is not a field: registration always makes a
 * {@code client}.
 *
 * @param nomUtilisateur 3 to 40 letters, digits, dots, dashes or underscores
 * @param motDePasse 8 characters at least, 72 bytes at most (BCrypt's limit)
 */
record RegisterRequest(
		@NotBlank @Size(min = 3, max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+",
				message = "letters, digits, '.', '_' or '-' only") String nomUtilisateur,
		@NotBlank @Size(min = 8, max = 128) @MaxUtf8Bytes(MaxUtf8Bytes.BCRYPT) String motDePasse) {
}
