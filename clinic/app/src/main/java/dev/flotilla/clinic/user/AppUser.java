package dev.flotilla.clinic.user;

/**
 * A row of the {@code user} table; the hash never leaves the server.
 *
 * @param id the database key
 * @param username the login
 * @param passwordHash the {@code DelegatingPasswordEncoder} hash
 * @param role the role
 * @param enabled whether the user may log in
 * @param sessionVersion bumped by every change that must end the user's sessions
 */
record AppUser(long id, String username, String passwordHash, Role role, boolean enabled, int sessionVersion) {

	@Override
	public String toString() {
		return "AppUser[" + this.username + ", " + this.role.code() + "]";
	}

}
