package dev.flotilla.platform.validation;

import java.nio.charset.StandardCharsets;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link MaxUtf8Bytes}: the bytes are those Spring Security's BCrypt hashes
 * ({@code String.getBytes(UTF_8)}).
 */
public class MaxUtf8BytesValidator implements ConstraintValidator<MaxUtf8Bytes, CharSequence> {

	private int max;

	@Override
	public void initialize(MaxUtf8Bytes annotation) {
		this.max = annotation.value();
	}

	@Override
	public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
		return value == null || utf8Length(value) <= this.max;
	}

	/**
	 * The length of a string in UTF-8.
	 * @param value the string
	 * @return its length in bytes
	 */
	public static int utf8Length(CharSequence value) {
		return value.toString().getBytes(StandardCharsets.UTF_8).length;
	}

}
