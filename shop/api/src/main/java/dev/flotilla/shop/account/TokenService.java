package dev.flotilla.shop.account;

import java.util.Map;

import org.springframework.stereotype.Component;

import dev.flotilla.platform.security.jwt.IssuedJwt;
import dev.flotilla.platform.security.jwt.JwtIssuer;

/**
 * Issues the bearer tokens (the platform's HS256 JWTs): subject = login name, {@code uid}
 * = user id, {@code role} = {@code client} or {@code admin}.
 */
@Component
class TokenService {

	private final JwtIssuer jwts;

	TokenService(JwtIssuer jwts) {
		this.jwts = jwts;
	}

	TokenResponse issue(UserAccount user) {
		IssuedJwt token = this.jwts.issue(user.username(), Map.of("uid", user.id(), "role", user.role()));
		return new TokenResponse(token.value(), "Bearer", token.expiresInSeconds(), user.toResponse());
	}

}
