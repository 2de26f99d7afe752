package dev.flotilla.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The string, encoded in UTF-8, takes at most {@link #value()} bytes; {@code null} is
 * valid. A character count is not enough where a byte limit applies: {@code é} takes 2
 * bytes and {@code 😀} 4. BCrypt, the platform's password hash, reads only the first
 * {@value #BCRYPT} bytes and Spring Security refuses longer passwords, so every password
 * a system accepts carries {@code @MaxUtf8Bytes(MaxUtf8Bytes.BCRYPT)}.
 */
@Documented
@Constraint(validatedBy = MaxUtf8BytesValidator.class)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxUtf8Bytes {

	/** The most bytes BCrypt hashes. */
	int BCRYPT = 72;

	/**
	 * The most bytes allowed.
	 * @return the limit
	 */
	int value();

	String message() default "ne doit pas dépasser {value} octets (encodé en UTF-8 ; un accent compte pour 2)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
