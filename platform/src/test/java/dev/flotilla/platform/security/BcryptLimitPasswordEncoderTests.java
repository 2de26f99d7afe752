package dev.flotilla.platform.security;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import dev.flotilla.platform.error.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BcryptLimitPasswordEncoderTests {

	private final PasswordEncoder encoder = new PasswordHashingAutoConfiguration().passwordEncoder();

	@Test
	void hashesAndChecksAPasswordOfSeventyTwoBytes() {
		String password = "é".repeat(36);
		String hash = this.encoder.encode(password);
		assertThat(hash).startsWith("{bcrypt}");
		assertThat(this.encoder.matches(password, hash)).isTrue();
	}

	@Test
	void aLongerPasswordNeverMatchesInsteadOfThrowing() {
		String hash = this.encoder.encode("a".repeat(72));
		assertThat(this.encoder.matches("a".repeat(73), hash)).isFalse();
		assertThat(this.encoder.matches("é".repeat(37), hash)).isFalse();
	}

	@Test
	void hashingALongerPasswordIsABadRequestThatSaysTheLimitInBytes() {
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> this.encoder.encode("😀".repeat(19)))
			.satisfies((ex) -> assertThat(ex.toApiError().status().value()).isEqualTo(400))
			.withMessageContaining("72 octets");
	}

}
