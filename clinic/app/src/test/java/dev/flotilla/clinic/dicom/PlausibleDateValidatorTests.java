package dev.flotilla.clinic.dicom;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlausibleDateValidatorTests {

	@Test
	void acceptsYearsFrom1800ToNextYearOnly() {
		assertThat(PlausibleDateValidator.plausible(LocalDate.of(1800, 1, 1), 2026)).isTrue();
		assertThat(PlausibleDateValidator.plausible(LocalDate.of(2027, 12, 31), 2026)).isTrue();
		assertThat(PlausibleDateValidator.plausible(LocalDate.of(1799, 12, 31), 2026)).isFalse();
		assertThat(PlausibleDateValidator.plausible(LocalDate.of(2028, 1, 1), 2026)).isFalse();
		assertThat(PlausibleDateValidator.plausible(LocalDate.of(-1, 6, 1), 2026)).isFalse();
	}

	@Test
	void noDateIsValid() {
		assertThat(new PlausibleDateValidator().isValid(null, null)).isTrue();
	}

}
