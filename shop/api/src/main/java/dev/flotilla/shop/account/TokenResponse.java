package dev.flotilla.shop.account;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;

/**
 * A login's answer: the bearer token to send as {@code Authorization: Bearer <jeton>}.
 *
 * @param jeton the signed JWT
 * @param type always {@code Bearer}
 * @param expireDans seconds until the token expires
 * @param utilisateur who logged in
 */
@NullMarked
@Schema(name = "Jeton")
record TokenResponse(String jeton, String type, long expireDans, UserResponse utilisateur) {
}
