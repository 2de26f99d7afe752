package dev.flotilla.platform.security;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;

import dev.flotilla.platform.error.InvalidRequestException;
import dev.flotilla.platform.validation.MaxUtf8Bytes;
import dev.flotilla.platform.validation.MaxUtf8BytesValidator;

/**
 * A password encoder that keeps BCrypt's 72-byte limit from ever becoming a 500: Spring
 * Security's {@code BCryptPasswordEncoder} throws on a longer password. Checking one is
 * simply {@code false} (no stored password can be that long), so a login answers 401;
 * hashing one is a 400 that names the limit, for a system that forgot
 * {@link MaxUtf8Bytes} on its request.
 */
final class BcryptLimitPasswordEncoder implements PasswordEncoder {

	static final String TOO_LONG = "Le mot de passe ne doit pas dépasser " + MaxUtf8Bytes.BCRYPT
			+ " octets (encodé en UTF-8).";

	private final PasswordEncoder delegate;

	BcryptLimitPasswordEncoder(PasswordEncoder delegate) {
		this.delegate = delegate;
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		if (tooLong(rawPassword)) {
			throw new InvalidRequestException("password_too_long", TOO_LONG);
		}
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		return !tooLong(rawPassword) && this.delegate.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private static boolean tooLong(@Nullable CharSequence rawPassword) {
		return rawPassword != null && MaxUtf8BytesValidator.utf8Length(rawPassword) > MaxUtf8Bytes.BCRYPT;
	}

}
