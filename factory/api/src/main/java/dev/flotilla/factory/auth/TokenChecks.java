package dev.flotilla.factory.auth;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;

import dev.flotilla.factory.user.UserRepository;
import dev.flotilla.platform.security.jwt.JwtDenyList;
import dev.flotilla.platform.security.jwt.JwtStateCheck;
import dev.flotilla.platform.security.jwt.PlatformJwtProperties;

/**
 * The checks on stored state that the platform's decoder runs on every request: the
 * access token not revoked at logout (table {@code revoked_token}), and its user still
 * there and active. Both read the database each time, so every replica refuses a revoked
 * token, or the token of a deleted or deactivated user, from the next request on.
 */
@Configuration(proxyBeanMethods = false)
class TokenChecks {

	private static final OAuth2Error NO_SUCH_USER = new OAuth2Error("invalid_token",
			"The token's user no longer exists or has been deactivated", null);

	@Bean
	JwtDenyList jwtDenyList(JdbcClient jdbc, PlatformJwtProperties properties) {
		return new JwtDenyList(jdbc, "revoked_token", Clock.systemUTC(), properties);
	}

	@Bean
	JwtStateCheck userStillActive(UserRepository users) {
		return (jwt) -> users.existsActive(jwt.getSubject()) ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(NO_SUCH_USER);
	}

}
