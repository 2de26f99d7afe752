package dev.flotilla.clinic.dicom;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date of a living record: its year from {@value #MIN_YEAR} to next year. Dates such as
 * {@code -0001-06-01} or {@code 20231-01-01} parse as ISO dates but are typing errors,
 * and a DA value ({@code YYYYMMDD}) cannot even carry them.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

	/** The first year accepted. */
	int MIN_YEAR = 1800;

	String message() default "l'année doit être comprise entre " + MIN_YEAR + " et l'année prochaine";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
