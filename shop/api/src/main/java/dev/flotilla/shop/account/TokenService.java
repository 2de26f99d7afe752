package dev.flotilla.shop.account;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues the HS256 bearer tokens: subject = login name, {@code uid} = user id,
 * {@code role} = {@code client} or {@code admin}.
 */
@Component
class TokenService {

	static final String ISSUER = "shop-api";

	private final JwtEncoder encoder;

	private final JwtProperties properties;

	private final Clock clock;

	TokenService(JwtEncoder encoder, JwtProperties properties, Clock clock) {
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
	}

	TokenResponse issue(UserAccount user) {
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(user.username())
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.validity()))
			.claim("uid", user.id())
			.claim("role", user.role())
			.build();
		String token = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		return new TokenResponse(token, "Bearer", this.properties.validity().toSeconds(), user.toResponse());
	}

}
