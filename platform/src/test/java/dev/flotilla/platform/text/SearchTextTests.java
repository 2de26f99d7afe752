package dev.flotilla.platform.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SearchTextTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "Hélène,HELENE", "Müller,MULLER", "straße,STRASSE", "Œuvre,OEUVRE", "Ærø,AERO", "Łódź,LODZ",
			"françois,FRANCOIS", "d'Alembert,D'ALEMBERT", "ＡＢＣ,ABC" })
	void foldsAccentsCaseAndLigaturesToUpperCase(String text, String folded) {
		assertThat(SearchText.upperCase().fold(text)).isEqualTo(folded);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "Écran ÇA Œuvre façade,ecran ca oeuvre facade", "STRAẞE,strasse", "Ærø,aero", "ﬁlet,filet" })
	void foldsAccentsCaseAndLigaturesToLowerCase(String text, String folded) {
		assertThat(SearchText.lowerCase().fold(text)).isEqualTo(folded);
	}

	@Test
	void keepsTheCapitalSharpSInUpperCaseAsTheJdkDoes() {
		assertThat(SearchText.upperCase().fold("STRAẞE")).isEqualTo("STRAẞE");
	}

	@Test
	void leavesWhiteSpacePunctuationAndOtherScriptsAlone() {
		assertThat(SearchText.upperCase().fold(" Dupont^Hélène, Ἀλέξης ")).isEqualTo(" DUPONT^HELENE, ΑΛΕΞΗΣ ");
		assertThat(SearchText.lowerCase().fold("山田 太郎")).isEqualTo("山田 太郎");
	}

	@Test
	void dropsCombiningMarksWhereverTheyAre() {
		assertThat(SearchText.upperCase().fold("\u0301e\u0301\u0327a\u20DD")).isEqualTo("EA");
	}

	@Test
	void spellsOutOnlyTheLettersItIsGiven() {
		SearchText folding = SearchText.lowerCase().spellingOnly("ßæœ");
		assertThat(folding.fold("Œ Æ ß Ø Ł")).isEqualTo("oe ae ss ø ł");
		assertThat(SearchText.upperCase().spellingOnly("").fold("Ærø")).isEqualTo("ÆRØ");
	}

	@Test
	void refusesALetterItCannotSpell() {
		assertThatIllegalArgumentException().isThrownBy(() -> SearchText.upperCase().spellingOnly("ßþ"))
			.withMessageContaining("'þ'");
	}

}
