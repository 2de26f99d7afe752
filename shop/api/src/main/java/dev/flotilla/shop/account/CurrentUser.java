package dev.flotilla.shop.account;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller, as its verified token says.
 *
 * @param id the user's id
 * @param username the login name
 * @param role {@code client} or {@code admin}
 */
public record CurrentUser(long id, String username, String role) {

	public static CurrentUser of(Jwt jwt) {
		Object uid = jwt.getClaims().get("uid");
		long id = (uid instanceof Number number) ? number.longValue() : -1;
		return new CurrentUser(id, jwt.getSubject(), jwt.getClaimAsString("role"));
	}

	public boolean isAdmin() {
		return Role.ADMIN.equals(this.role);
	}

}
