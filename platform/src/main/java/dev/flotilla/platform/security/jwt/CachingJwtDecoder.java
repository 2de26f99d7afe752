package dev.flotilla.platform.security.jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers tokens that passed the full check, so a client sending the same token on
 * every request pays for parsing and the signature once. A token is immutable, so the
 * only thing that can change is time: a remembered token is still refused once it expires
 * (plus the allowed clock skew). Rejected tokens are never remembered. The
 * {@link JwtStateCheck}s depend on stored state, so they run on every call, remembered
 * token or not.
 */
final class CachingJwtDecoder implements JwtDecoder {

	private static final OAuth2Error EXPIRED = new OAuth2Error("invalid_token", "Jwt expired", null);

	private final JwtDecoder delegate;

	private final Clock clock;

	private final Duration clockSkew;

	private final Cache<String, Jwt> verified;

	private final List<JwtStateCheck> stateChecks;

	CachingJwtDecoder(JwtDecoder delegate, Clock clock, Duration clockSkew, int maximumSize, Duration keepFor) {
		this(delegate, List.of(), clock, clockSkew, maximumSize, keepFor);
	}

	CachingJwtDecoder(JwtDecoder delegate, List<JwtStateCheck> stateChecks, Clock clock, Duration clockSkew,
			int maximumSize, Duration keepFor) {
		this.delegate = delegate;
		this.stateChecks = List.copyOf(stateChecks);
		this.clock = clock;
		this.clockSkew = clockSkew;
		this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(keepFor).build();
	}

	@Override
	public Jwt decode(String token) {
		Jwt known = this.verified.getIfPresent(token);
		if (known != null) {
			Instant expiresAt = known.getExpiresAt();
			if (expiresAt == null || this.clock.instant().isBefore(expiresAt.plus(this.clockSkew))) {
				return checkState(known);
			}
			this.verified.invalidate(token);
			throw new JwtValidationException("Jwt expired", List.of(EXPIRED));
		}
		Jwt decoded = checkState(this.delegate.decode(token));
		this.verified.put(token, decoded);
		return decoded;
	}

	private Jwt checkState(Jwt jwt) {
		for (JwtStateCheck check : this.stateChecks) {
			OAuth2TokenValidatorResult result = check.check(jwt);
			if (result.hasErrors()) {
				OAuth2Error first = result.getErrors().iterator().next();
				throw new JwtValidationException(first.getDescription(), result.getErrors());
			}
		}
		return jwt;
	}

}
