package dev.flotilla.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class BasicCredentialsVerifierTests {

	private final CountingEncoder encoder = new CountingEncoder();

	private final BasicCredentialsVerifier verifier = BasicCredentialsVerifier.ofPlainPassword("root", "s3cret",
			this.encoder);

	@Test
	void acceptsTheRightCredentials() {
		assertThat(this.verifier.verify(basic("root:s3cret"))).isTrue();
	}

	@Test
	void acceptsTheSchemeInAnyCaseAndAPasswordWithColons() {
		BasicCredentialsVerifier colons = BasicCredentialsVerifier.ofPlainPassword("root", "a:b", this.encoder);
		assertThat(colons.verify("basic " + encode("root:a:b"))).isTrue();
		assertThat(colons.verify("BASIC " + encode("root:a:b"))).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "Basic", "Basic ", "Basic !!!notbase64", "Bearer cm9vdDpzM2NyZXQ=",
			"Basicxcm9vdDpzM2NyZXQ=", "Basic cm9vdHMzY3JldA==" })
	void rejectsMissingOrMalformedHeaders(String authorization) {
		assertThat(this.verifier.verify(authorization)).isFalse();
	}

	@Test
	void aPasswordOverBcryptsSeventyTwoBytesIsWrongNotAnError() {
		BasicCredentialsVerifier platform = BasicCredentialsVerifier.ofPlainPassword("root", "s3cret",
				new PasswordHashingAutoConfiguration().passwordEncoder());
		assertThat(platform.verify(basic("root:" + "é".repeat(40)))).isFalse();
		assertThat(platform.verify(basic("root:s3cret"))).isTrue();
	}

	@Test
	void rejectsAWrongPasswordOrUser() {
		assertThat(this.verifier.verify(basic("root:wrong"))).isFalse();
		assertThat(this.verifier.verify(basic("admin:s3cret"))).isFalse();
		assertThat(this.verifier.verify(basic("root:s3cret "))).isFalse();
		assertThat(this.verifier.verify(basic("Root:s3cret"))).isFalse();
	}

	@Test
	void keepsOnlyTheHashOfThePassword() {
		assertThat(this.encoder.lastHash).startsWith("{bcrypt}").doesNotContain("s3cret");
	}

	@Test
	void hashesAValidHeaderOnlyOnce() {
		int before = this.encoder.matches.get();
		for (int i = 0; i < 100; i++) {
			assertThat(this.verifier.verify(basic("root:s3cret"))).isTrue();
		}
		assertThat(this.encoder.matches.get() - before).isEqualTo(1);
	}

	@Test
	void hashesARepeatedWrongHeaderOnlyOnce() {
		int before = this.encoder.matches.get();
		for (int i = 0; i < 20; i++) {
			assertThat(this.verifier.verify(basic("root:wrong"))).isFalse();
		}
		assertThat(this.encoder.matches.get() - before).isEqualTo(1);
	}

	@Test
	void aWrongHeaderSimilarToACachedOneIsStillRejected() {
		String valid = basic("root:s3cret");
		assertThat(this.verifier.verify(valid)).isTrue();
		assertThat(this.verifier.verify(valid.replace("cm9v", "cm9w"))).isFalse();
		assertThat(this.verifier.verify(valid.substring(0, valid.length() - 4))).isFalse();
		assertThat(this.verifier.verify(valid + "=")).isFalse();
		assertThat(this.verifier.verify(valid + " ")).isTrue();
	}

	@Test
	void boundsTheCacheOfValidSpellings() {
		String token = encode("root:s3cret");
		String[] spellings = { "Basic ", "basic ", "BASIC ", "bAsic ", "baSic ", "basIc ", "basiC ", "BAsic ", "BaSic ",
				"BasIc " };
		for (String scheme : spellings) {
			assertThat(this.verifier.verify(scheme + token)).isTrue();
		}
		int before = this.encoder.matches.get();
		assertThat(this.verifier.verify(spellings[spellings.length - 1] + token)).isTrue();
		assertThat(this.encoder.matches.get()).isEqualTo(before);
		assertThat(this.verifier.verify(spellings[0] + token)).isTrue();
		assertThat(this.encoder.matches.get()).isEqualTo(before + 1);
	}

	static String basic(String credentials) {
		return "Basic " + encode(credentials);
	}

	private static String encode(String credentials) {
		return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	/** The real delegating encoder, counting its calls. */
	static final class CountingEncoder implements PasswordEncoder {

		private final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();

		final AtomicInteger matches = new AtomicInteger();

		String lastHash = "";

		@Override
		public String encode(CharSequence rawPassword) {
			this.lastHash = this.delegate.encode(rawPassword);
			return this.lastHash;
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.matches.incrementAndGet();
			return this.delegate.matches(rawPassword, encodedPassword);
		}

	}

}
