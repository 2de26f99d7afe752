package dev.flotilla.platform.security.jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CachingJwtDecoderTests {

	private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

	private final AtomicInteger decoded = new AtomicInteger();

	@Test
	void decodesAValidTokenOnce() {
		JwtDecoder decoder = caching(NOW, (token) -> jwt(token, NOW.plusSeconds(60)));
		assertThat(decoder.decode("a").getTokenValue()).isEqualTo("a");
		assertThat(decoder.decode("a").getTokenValue()).isEqualTo("a");
		assertThat(this.decoded).hasValue(1);
	}

	@Test
	void refusesARememberedTokenOnceItExpires() {
		MovableClock clock = new MovableClock(NOW);
		CachingJwtDecoder decoder = new CachingJwtDecoder((token) -> jwt(token, NOW.plusSeconds(60)), clock,
				Duration.ZERO, 100, Duration.ofMinutes(5));
		decoder.decode("a");
		clock.now = NOW.plusSeconds(60);
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> decoder.decode("a"));
	}

	@Test
	void keepsARememberedTokenWithinTheClockSkewOnly() {
		MovableClock clock = new MovableClock(NOW);
		CachingJwtDecoder decoder = new CachingJwtDecoder((token) -> jwt(token, NOW.plusSeconds(60)), clock,
				Duration.ofSeconds(30), 100, Duration.ofMinutes(5));
		decoder.decode("a");
		clock.now = NOW.plusSeconds(89);
		assertThat(decoder.decode("a").getTokenValue()).isEqualTo("a");
		clock.now = NOW.plusSeconds(90);
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> decoder.decode("a"));
	}

	@Test
	void neverRemembersARejectedToken() {
		JwtDecoder decoder = caching(NOW, (token) -> {
			throw new BadJwtException("bad");
		});
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("x"));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("x"));
		assertThat(this.decoded).hasValue(2);
	}

	private JwtDecoder caching(Instant now, JwtDecoder delegate) {
		return new CachingJwtDecoder((token) -> {
			this.decoded.incrementAndGet();
			return delegate.decode(token);
		}, Clock.fixed(now, ZoneOffset.UTC), Duration.ZERO, 100, Duration.ofMinutes(5));
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	private static Jwt jwt(String token, Instant expiresAt) {
		return Jwt.withTokenValue(token)
			.header("alg", "HS256")
			.subject("admin")
			.issuedAt(expiresAt.minusSeconds(120))
			.expiresAt(expiresAt)
			.build();
	}

}
