package dev.flotilla.students.age;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A write's body holds {@code age} and nothing else: each other field is rejected under
 * its own name (a typo such as {@code "Age"} must not pass as a missing age, nor a
 * {@code "name"} look as if it renamed the student).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AgeOnly.Validator.class)
@interface AgeOnly {

	String message() default "unknown field; only \"age\" is accepted";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Public, as Bean Validation instantiates it by its public constructor. */
	final class Validator implements ConstraintValidator<AgeOnly, UpdateStudentRequest> {

		@Override
		public boolean isValid(UpdateStudentRequest request, ConstraintValidatorContext context) {
			if (request.otherFields().isEmpty()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			for (String field : request.otherFields().keySet()) {
				context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
					.addPropertyNode(field)
					.addConstraintViolation();
			}
			return false;
		}

	}

}
