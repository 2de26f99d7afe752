package dev.flotilla.platform.security.jwt;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Issues the API's bearer tokens: HS256, header {@code typ: JWT}, and the registered
 * claims the platform's decoder requires ({@code iss}, {@code sub}, {@code iat},
 * {@code nbf}, {@code exp} after {@code platform.security.jwt.lifetime}, a random
 * {@code jti}). A system adds its own claims (a role, a user id); it cannot override the
 * registered ones.
 */
public final class JwtIssuer {

	private final JwtEncoder encoder;

	private final PlatformJwtProperties properties;

	private final Clock clock;

	JwtIssuer(JwtEncoder encoder, PlatformJwtProperties properties, Clock clock) {
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Issue a token.
	 * @param subject the {@code sub} claim, for example the login name
	 * @param claims the system's own claims
	 * @return the signed token and its validity
	 */
	public IssuedJwt issue(String subject, Map<String, ?> claims) {
		// JWT times are whole seconds: the answer gives them as the token does.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant expiresAt = now.plus(this.properties.lifetime());
		JwtClaimsSet set = JwtClaimsSet.builder()
			.claims((all) -> all.putAll(claims))
			.issuer(this.properties.issuer())
			.subject(subject)
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(expiresAt)
			.id(UUID.randomUUID().toString())
			.build();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
		String value = this.encoder.encode(JwtEncoderParameters.from(header, set)).getTokenValue();
		return new IssuedJwt(value, now, expiresAt);
	}

}
