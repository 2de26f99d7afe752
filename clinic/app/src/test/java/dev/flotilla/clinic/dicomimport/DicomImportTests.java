package dev.flotilla.clinic.dicomimport;

import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DicomImportTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "09,09:00", "0910,09:10", "091011,09:10:11", "091011.25,09:10:11", "235959.999999,23:59:59",
			"' 101010 ',10:10:10" })
	void readsDicomTimesToTheSecond(String value, LocalTime time) {
		assertThat(DicomImport.time(value)).isEqualTo(time);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "9", "091", "0910.5", "246000", "096000", "09:10", "091011.1234567", "ab", "0910xx" })
	void leavesUnreadableTimesOut(String value) {
		assertThat(DicomImport.time(value)).isNull();
	}

}
