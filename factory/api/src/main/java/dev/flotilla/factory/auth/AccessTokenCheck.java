package dev.flotilla.factory.auth;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * The factory's own checks on a bearer token, added to the platform's (signature,
 * {@code exp}, {@code nbf}, issuer): it must be an access token and name its user.
 */
@Component
class AccessTokenCheck implements OAuth2TokenValidator<Jwt> {

	static final String TOKEN_TYPE_CLAIM = "type";

	static final String ACCESS = "access";

	private static final OAuth2Error NOT_ACCESS = new OAuth2Error("invalid_token", "Not an access token", null);

	private static final OAuth2Error NO_SUBJECT = new OAuth2Error("invalid_token", "The token names no user", null);

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		if (!ACCESS.equals(jwt.getClaimAsString(TOKEN_TYPE_CLAIM))) {
			return OAuth2TokenValidatorResult.failure(NOT_ACCESS);
		}
		String subject = jwt.getSubject();
		if (subject == null || subject.isBlank()) {
			return OAuth2TokenValidatorResult.failure(NO_SUBJECT);
		}
		return OAuth2TokenValidatorResult.success();
	}

}
