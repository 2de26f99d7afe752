package dev.flotilla.shop.account;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;

import dev.flotilla.platform.security.jwt.JwtDenyList;
import dev.flotilla.platform.security.jwt.JwtStateCheck;
import dev.flotilla.platform.security.jwt.PlatformJwtProperties;

/**
 * The checks on stored state that the platform's decoder runs on every request: the token
 * not revoked at logout (table {@code jeton_revoque}), and its user ({@code uid}) still
 * there. Both read the database each time, so every instance refuses a revoked token, or
 * the token of a deleted account, from the next request on.
 */
@Configuration(proxyBeanMethods = false)
class TokenChecks {

	private static final OAuth2Error NO_SUCH_USER = new OAuth2Error("invalid_token",
			"The token's user no longer exists", null);

	@Bean
	JwtDenyList jwtDenyList(JdbcClient jdbc, PlatformJwtProperties properties) {
		return new JwtDenyList(jdbc, "jeton_revoque", Clock.systemUTC(), properties);
	}

	@Bean
	JwtStateCheck userStillExists(UserRepository users) {
		return (jwt) -> {
			long id = CurrentUser.of(jwt).id();
			return (id > 0 && users.exists(id)) ? OAuth2TokenValidatorResult.success()
					: OAuth2TokenValidatorResult.failure(NO_SUCH_USER);
		};
	}

}
