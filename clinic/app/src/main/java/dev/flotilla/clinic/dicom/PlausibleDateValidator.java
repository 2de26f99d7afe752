package dev.flotilla.clinic.dicom;

import java.time.LocalDate;
import java.time.Year;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlausibleDate}; next year is read from the system clock. */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

	@Override
	public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
		return value == null || plausible(value, Year.now().getValue());
	}

	/**
	 * Whether a date's year is from {@value PlausibleDate#MIN_YEAR} to the year after
	 * {@code currentYear}.
	 * @param value the date
	 * @param currentYear this year
	 * @return whether it is plausible
	 */
	static boolean plausible(LocalDate value, int currentYear) {
		return value.getYear() >= PlausibleDate.MIN_YEAR && value.getYear() <= currentYear + 1;
	}

}
