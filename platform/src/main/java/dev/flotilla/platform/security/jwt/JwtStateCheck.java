package dev.flotilla.platform.security.jwt;

import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A check on a bearer token that depends on stored state (the token revoked at logout,
 * its user deleted or deactivated), so it cannot be remembered with the token: the
 * platform's decoder runs every such bean on every request, after the signature and the
 * claims, also for a token it has already verified.
 */
@FunctionalInterface
public interface JwtStateCheck {

	/**
	 * Check a verified token against the system's stored state.
	 * @param jwt a token whose signature and claims passed
	 * @return success, or a failure whose error description says why
	 */
	OAuth2TokenValidatorResult check(Jwt jwt);

}
