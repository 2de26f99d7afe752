package dev.flotilla.shop.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchWordsTests {

	@Test
	void foldsCaseAccentsAndLigatures() {
		assertThat(SearchWords.normalize("Écran ÇA Œuvre façade")).isEqualTo("ecran ca oeuvre facade");
	}

	@Test
	void turnsPunctuationAndWildcardsIntoSpaces() {
		assertThat(SearchWords.normalize("Clé USB 3.2 — 128 Go % _ 'x'")).isEqualTo("cle usb 3 2 128 go x");
	}

	@Test
	void indexedTextIsPaddedForWordPrefixesAndBounded() {
		assertThat(SearchWords.indexed("Souris", "Souris", "Sans fil")).isEqualTo(" souris souris sans fil ");
		assertThat(SearchWords.indexed("a", "b", "mot ".repeat(500))).hasSize(SearchWords.MAX_LENGTH);
	}

	@Test
	void queryWordsAreDistinctAndLimited() {
		assertThat(SearchWords.words("Clavier CLAVIER sans-fil", 8)).containsExactly("clavier", "sans", "fil");
		assertThat(SearchWords.words("a b c d e f g h i j", 3)).containsExactly("a", "b", "c");
		assertThat(SearchWords.words(" %%% ", 8)).isEmpty();
	}

}
