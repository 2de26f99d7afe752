package dev.flotilla.shop.account;

/**
 * The roles a JWT carries in its {@code role} claim; Spring Security sees them as
 * {@code ROLE_client} and {@code ROLE_admin}.
 */
public final class Role {

	public static final String CLIENT = "client";

	public static final String ADMIN = "admin";

	private Role() {
	}

}
