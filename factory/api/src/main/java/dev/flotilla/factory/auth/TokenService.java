package dev.flotilla.factory.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.flotilla.factory.user.AppUser;
import dev.flotilla.platform.error.ApiException;

/**
 * Issues access tokens (JWT) and refresh tokens (random, stored only as a SHA-256 hash).
 * A refresh token is used once: refreshing revokes it and issues the next one.
 */
@Service
class TokenService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JwtEncoder encoder;

	private final JwtProperties properties;

	private final RefreshTokenRepository refreshTokens;

	private final Clock clock;

	TokenService(JwtEncoder encoder, JwtProperties properties, RefreshTokenRepository refreshTokens) {
		this.encoder = encoder;
		this.properties = properties;
		this.refreshTokens = refreshTokens;
		this.clock = Clock.systemUTC();
	}

	@Transactional
	TokenResponse issue(AppUser user) {
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.subject(user.username())
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(now.plus(this.properties.accessTtl()))
			.id(UUID.randomUUID().toString())
			.claim(JwtConfig.TOKEN_TYPE_CLAIM, JwtConfig.ACCESS)
			.claim("role", user.role().value())
			.build();
		String access = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).type("JWT").build(), claims))
			.getTokenValue();
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.refreshTokens.save(hash(refresh), user.id(), now.plus(this.properties.refreshTtl()));
		return new TokenResponse(access, "bearer", this.properties.accessTtl().toSeconds(), refresh);
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
