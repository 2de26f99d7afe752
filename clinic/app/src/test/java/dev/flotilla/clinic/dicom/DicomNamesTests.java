package dev.flotilla.clinic.dicom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DicomNamesTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "Hélène,HELENE", "Müller,MULLER", "straße,STRASSE", "Œuvre,OEUVRE", "Ærø,AERO", "Łódź,LODZ",
			"françois,FRANCOIS", "  Zoë ,ZOE", "d'Alembert,D'ALEMBERT", "ＡＢＣ,ABC" })
	void foldsAccentsCaseAndLigatures(String text, String folded) {
		assertThat(DicomNames.fold(text)).isEqualTo(folded);
	}

	@Test
	void splitsAPersonNameIntoFamilyGivenAndWhole() {
		DicomNames.FoldedName name = DicomNames.foldName("Dupont^Hélène^Marie^^");
		assertThat(name.family()).isEqualTo("DUPONT");
		assertThat(name.given()).isEqualTo("HELENE");
		assertThat(name.whole()).isEqualTo("DUPONT^HELENE^MARIE");
	}

	@Test
	void aFamilyNameAloneHasNoGivenName() {
		assertThat(DicomNames.foldName("Ollé")).isEqualTo(new DicomNames.FoldedName("OLLE", "", "OLLE"));
	}

}
