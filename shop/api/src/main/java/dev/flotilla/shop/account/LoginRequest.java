package dev.flotilla.shop.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Credentials to log in with.
 *
 * @param nomUtilisateur the login name
 * @param motDePasse the password
 */
record LoginRequest(@NotBlank @Size(max = 40) String nomUtilisateur, @NotBlank @Size(max = 128) String motDePasse) {
}
