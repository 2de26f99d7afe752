package dev.flotilla.clinic.dicom;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DicomValuesTests {

	@Test
	void generatedUidsAreValidUniqueAndShortEnough() {
		Set<String> uids = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String uid = DicomValues.newUid();
			assertThat(uid).startsWith("2.25.").matches(DicomValues.UID).hasSizeLessThanOrEqualTo(64);
			uids.add(uid);
		}
		assertThat(uids).hasSize(1000);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.2.840.10008.1.2", "0", "2.25.0", "1.0.2" })
	void acceptsUids(String uid) {
		assertThat(uid).matches(DicomValues.UID);
	}

	@ParameterizedTest
	@ValueSource(strings = { "01.2", "1.02", "1..2", ".1", "1.", "1.a", "1 .2", "" })
	void rejectsMalformedUids(String uid) {
		assertThat(uid).doesNotMatch(DicomValues.UID);
	}

	@ParameterizedTest
	@ValueSource(strings = { "DUPONT", "Dupont^Hélène", "DUPONT^Hélène^Marie^Dr^PhD", "^Jean", "O'Brien^Pat",
			"Müller-Lüdenscheidt^Anna" })
	void acceptsPersonNames(String name) {
		assertThat(name).matches(DicomValues.PERSON_NAME);
	}

	@ParameterizedTest
	@ValueSource(strings = { "^^^", "A^B^C^D^E^F", "A\\B", "A=B", "A\nB", "" })
	void rejectsMalformedPersonNames(String name) {
		assertThat(name).doesNotMatch(DicomValues.PERSON_NAME);
	}

}
