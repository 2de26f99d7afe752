package dev.flotilla.shop.account;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;

/**
 * A user as the API shows it: never a password or its hash.
 *
 * @param id the user's id
 * @param nomUtilisateur the login name
 * @param role {@code client} or {@code admin}
 * @param creeLe when the account was created
 */
@NullMarked
@Schema(name = "Utilisateur")
record UserResponse(long id, String nomUtilisateur, @Schema(allowableValues = {
		"client", "admin" }) String role, Instant creeLe){
}
