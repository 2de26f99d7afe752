package dev.flotilla.clinic.search;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.util.LinkedMultiValueMap;

import dev.flotilla.platform.error.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class QidoQueryTests {

	@Test
	void uidsAreDotSeparatedNumbersWithoutLeadingZeros() {
		assertThat(QidoQuery.isUid("1.2.840.10008.1.2")).isTrue();
		assertThat(QidoQuery.isUid("0.1")).isTrue();
		assertThat(QidoQuery.isUid("1.02")).isFalse();
		assertThat(QidoQuery.isUid("1..2")).isFalse();
		assertThat(QidoQuery.isUid("1.2.")).isFalse();
		assertThat(QidoQuery.isUid("1.2*")).isFalse();
		assertThat(QidoQuery.isUid("")).isFalse();
		assertThat(QidoQuery.isUid("1" + ".1".repeat(32))).isFalse();
	}

	@Test
	void aTimeCoversTheSpanOfItsPrecision() {
		assertThat(QidoTimeRange.parse("StudyTime", "10"))
			.isEqualTo(new QidoTimeRange(LocalTime.of(10, 0), LocalTime.of(10, 59, 59, 999_999_999)));
		assertThat(QidoTimeRange.parse("StudyTime", "1015-")).isEqualTo(new QidoTimeRange(LocalTime.of(10, 15), null));
		assertThat(QidoTimeRange.parse("StudyTime", "-101530.5"))
			.isEqualTo(new QidoTimeRange(null, LocalTime.of(10, 15, 30, 599_999_999)));
		assertThat(QidoTimeRange.parse("StudyTime", "101530.123456"))
			.isEqualTo(new QidoTimeRange(LocalTime.of(10, 15, 30, 123_456_000), LocalTime.of(10, 15, 30, 123_456_999)));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "1", "101", "2400", "1060", "101530.", "101530.1234567", "10:15", "-", "10-11-12", "12-10" })
	void malformedTimesAre400(String value) {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> QidoTimeRange.parse("StudyTime", value));
	}

	@Test
	void queryKeysAreReturnedAndIncludefieldAllReturnsEverything() {
		LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("StudyDescription", "Thorax");
		assertThat(QidoQuery.parse(params).returned()).contains(QidoAttribute.STUDY_DESCRIPTION);
		params.add("includefield", "all");
		assertThat(QidoQuery.parse(params).returned()).containsExactly(QidoAttribute.values());
	}

}
