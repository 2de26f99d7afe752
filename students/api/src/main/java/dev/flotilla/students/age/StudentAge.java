package dev.flotilla.students.age;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An age a write may store: a whole number from {@value #MIN} to {@value #MAX}, sent as a
 * JSON number ({@code 13}) or a string of digits ({@code "13"}), as the data file holds
 * them; not {@code 13.0}, {@code 1e1}, {@code "013"} or {@code " 13"}. A missing age is
 * {@code @NotNull}'s to report.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StudentAge.Validator.class)
@interface StudentAge {

	int MIN = 1;

	int MAX = 150;

	String message() default "must be a whole number from " + MIN + " to " + MAX;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Public, as Bean Validation instantiates it by its public constructor. */
	final class Validator implements ConstraintValidator<StudentAge, JsonNode> {

		private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,2}");

		@Override
		public boolean isValid(@Nullable JsonNode age, ConstraintValidatorContext context) {
			if (age == null) {
				return true;
			}
			if (age.isIntegralNumber()) {
				return age.canConvertToInt() && inRange(age.intValue());
			}
			return age.isString() && DIGITS.matcher(age.stringValue()).matches()
					&& inRange(Integer.parseInt(age.stringValue()));
		}

		private static boolean inRange(int age) {
			return age >= MIN && age <= MAX;
		}

	}

}
