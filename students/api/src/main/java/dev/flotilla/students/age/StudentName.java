package dev.flotilla.students.age;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A name a write may store: 1 to 100 characters (counted in code points, as people count
 * them), of Unicode letters and combining marks, spaces, hyphens, apostrophes ({@code '}
 * and {@code ’}) and {@code /}, with no space at either end (so never blank). Reported as
 * one error, whichever rule is broken.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@CodePointLength(min = 1, max = StudentName.MAX_LENGTH)
@Pattern(regexp = "(?! )[\\p{L}\\p{M} '\u2019/\\-\u2010\u2011]+(?<! )")
@interface StudentName {

	int MAX_LENGTH = 100;

	String message() default "must be 1 to " + MAX_LENGTH
			+ " letters, spaces, hyphens, apostrophes or /, with no space at either end";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
