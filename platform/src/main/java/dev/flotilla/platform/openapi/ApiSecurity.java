package dev.flotilla.platform.openapi;

/**
 * Names of the OpenAPI security schemes the platform can declare, for
 * {@code @SecurityRequirement(name = ApiSecurity.BASIC)} on a controller or an operation.
 * A system lists the schemes its API uses in {@code platform.openapi.security-schemes};
 * the platform writes their definitions into the document.
 */
public final class ApiSecurity {

	/** HTTP Basic credentials on every request. */
	public static final String BASIC = "basic";

	/** A bearer token (JWT) this API issued at login. */
	public static final String BEARER = "bearer";

	/** The session cookie a form or JSON login set. */
	public static final String SESSION = "session";

	/** The CSRF token header that state-changing requests of a session carry. */
	public static final String CSRF = "csrf";

	private ApiSecurity() {
	}

}
