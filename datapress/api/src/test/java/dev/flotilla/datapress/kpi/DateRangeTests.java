package dev.flotilla.datapress.kpi;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.flotilla.platform.error.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DateRangeTests {

	private final LocalDate today = LocalDate.of(2025, 6, 30);

	@Test
	void defaultsToTheLastThirtyDays() {
		assertThat(DateRange.parse(null, null, this.today))
			.isEqualTo(new DateRange(LocalDate.of(2025, 6, 1), this.today));
	}

	@Test
	void aMissingFromIsThirtyDaysBeforeTo() {
		assertThat(DateRange.parse(null, "2025-03-31", this.today).from()).isEqualTo(LocalDate.of(2025, 3, 2));
	}

	@Test
	void acceptsAFullLeapYear() {
		assertThat(DateRange.parse("2024-01-01", "2024-12-31", this.today).to()).isEqualTo(LocalDate.of(2024, 12, 31));

	}

	@ParameterizedTest(name = "from={0} to={1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
			2025-13-01 | 2025-12-31 | La date de début ('from') doit être une date au format AAAA-MM-JJ
			2025-02-30 | -          | La date de début ('from') doit être une date au format AAAA-MM-JJ
			abc        | -          | La date de début ('from') doit être une date au format AAAA-MM-JJ
			2025-1-1   | -          | La date de début ('from') doit être une date au format AAAA-MM-JJ
			-          | 31/12/2025 | La date de fin ('to') doit être une date au format AAAA-MM-JJ
			2025-03-02 | 2025-03-01 | La date de début ('from') doit précéder la date de fin ('to') ou lui être égale
			2024-01-01 | 2025-01-01 | La période peut couvrir au plus 366 jours
			1969-12-31 | 1970-01-01 | La date de début ('from') doit être comprise entre 1970 et 2100
			2101-01-01 | 2101-01-02 | La date de début ('from') doit être comprise entre 1970 et 2100
			""")
	void rejectsBadOrReversedOrTooLongRangesInFrench(String from, String to, String message) {
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> DateRange.parse(from, to, this.today))
			.withMessage(message);
	}

}
