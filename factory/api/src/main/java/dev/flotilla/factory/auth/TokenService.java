package dev.flotilla.factory.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.flotilla.factory.user.AppUser;
import dev.flotilla.platform.error.ApiException;
import dev.flotilla.platform.security.jwt.IssuedJwt;
import dev.flotilla.platform.security.jwt.JwtIssuer;

/**
 * Issues access tokens (the platform's JWTs, typed {@code access}) and refresh tokens
 * (random, stored only as a SHA-256 hash). A refresh token is used once: refreshing
 * revokes it and issues the next one.
 */
@Service
class TokenService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JwtIssuer jwts;

	private final AuthProperties properties;

	private final RefreshTokenRepository refreshTokens;

	private final Clock clock;

	TokenService(JwtIssuer jwts, AuthProperties properties, RefreshTokenRepository refreshTokens) {
		this.jwts = jwts;
		this.properties = properties;
		this.refreshTokens = refreshTokens;
		this.clock = Clock.systemUTC();
	}

	@Transactional
	TokenResponse issue(AppUser user) {
		IssuedJwt access = this.jwts.issue(user.username(),
				Map.of(AccessTokenCheck.TOKEN_TYPE_CLAIM, AccessTokenCheck.ACCESS, "role", user.role().value()));
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.refreshTokens.save(hash(refresh), user.id(), this.clock.instant().plus(this.properties.refreshTtl()));
		return new TokenResponse(access.value(), "bearer", access.expiresInSeconds(), refresh);
	}

	/**
	 * The user a live refresh token belongs to, revoking the token.
	 * @param refreshToken the token as the client holds it
	 * @return the user's id
	 */
	@Transactional
	long redeem(String refreshToken) {
		return this.refreshTokens.revokeLive(hash(refreshToken), this.clock.instant())
			.orElseThrow(TokenService::invalidRefreshToken);
	}

	@Transactional
	void revoke(String refreshToken) {
		this.refreshTokens.revokeLive(hash(refreshToken), this.clock.instant())
			.orElseThrow(TokenService::invalidRefreshToken);
	}

	static ApiException invalidRefreshToken() {
		return new ApiException(org.springframework.http.HttpStatus.UNAUTHORIZED, "unauthorized",
				"Invalid, expired or revoked refresh token");
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JRE", ex);
		}
	}

}
