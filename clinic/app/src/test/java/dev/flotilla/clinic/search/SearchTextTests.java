package dev.flotilla.clinic.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "Hélène,HELENE", "Müller,MULLER", "straße,STRASSE", "Œuvre,OEUVRE", "Ærø,AERO", "Łódź,LODZ",
			"françois,FRANCOIS", "  Zoë ,ZOE", "d'Alembert,D'ALEMBERT", "ＡＢＣ,ABC" })
	void foldsAccentsCaseAndLigatures(String text, String folded) {
		assertThat(SearchText.fold(text)).isEqualTo(folded);
	}

	@Test
	void splitsAPersonNameIntoFamilyGivenAndWhole() {
		SearchText.FoldedName name = SearchText.foldName("Dupont^Hélène^Marie^^");
		assertThat(name.family()).isEqualTo("DUPONT");
		assertThat(name.given()).isEqualTo("HELENE");
		assertThat(name.whole()).isEqualTo("DUPONT^HELENE^MARIE");
	}

	@Test
	void aFamilyNameAloneHasNoGivenName() {
		assertThat(SearchText.foldName("Ollé")).isEqualTo(new SearchText.FoldedName("OLLE", "", "OLLE"));
	}

}
