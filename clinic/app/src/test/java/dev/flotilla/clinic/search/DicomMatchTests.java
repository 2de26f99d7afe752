package dev.flotilla.clinic.search;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.flotilla.platform.error.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DicomMatchTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|',
			value = { "DUP*|DUP%", "DUPON?|DUPON_", "*|%", "100%|100!%", "O_B*|O!_B%", "A!B|A!!B", "*A?B*|%A_B%" })
	void wildcardsBecomeAnEscapedLikePattern(String value, String pattern) {
		assertThat(DicomMatch.likePattern(value)).isEqualTo(pattern);
	}

	@Test
	void aValueWithoutWildcardIsMatchedExactly() {
		assertThat(DicomMatch.hasWildcard("DUPONT")).isFalse();
		assertThat(DicomMatch.hasWildcard("DUP?NT")).isTrue();
	}

	@Test
	void datesAndRangesFollowDicom() {
		LocalDate feb15 = LocalDate.of(2024, 2, 15);
		assertThat(DicomMatch.dateRange("d", "20240215")).isEqualTo(new DicomMatch.DateRange(feb15, feb15));
		assertThat(DicomMatch.dateRange("d", "-20240215")).isEqualTo(new DicomMatch.DateRange(null, feb15));
		assertThat(DicomMatch.dateRange("d", "20240215-")).isEqualTo(new DicomMatch.DateRange(feb15, null));
		assertThat(DicomMatch.dateRange("d", "20240101-20240215"))
			.isEqualTo(new DicomMatch.DateRange(LocalDate.of(2024, 1, 1), feb15));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024", "20240230", "2024-01-01", "-", "--", "20240101-2024", "abcdefgh", "20241301",
			"20240101--20240102", "+20240101" })
	void rejectsWhatIsNotADicomDate(String value) {
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> DicomMatch.dateRange("d", value));
	}

	@Test
	void rejectsARangeThatEndsBeforeItStarts() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> DicomMatch.dateRange("d", "20240301-20240201"))
			.satisfies((ex) -> assertThat(ex.getError()).isEqualTo("invalid_date_range"));
	}

}
