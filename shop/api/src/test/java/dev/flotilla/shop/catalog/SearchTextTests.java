package dev.flotilla.shop.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTests {

	@Test
	void foldsCaseAccentsAndLigatures() {
		assertThat(SearchText.normalize("Écran ÇA Œuvre façade")).isEqualTo("ecran ca oeuvre facade");
	}

	@Test
	void turnsPunctuationAndWildcardsIntoSpaces() {
		assertThat(SearchText.normalize("Clé USB 3.2 — 128 Go % _ 'x'")).isEqualTo("cle usb 3 2 128 go x");
	}

	@Test
	void indexedTextIsPaddedForWordPrefixesAndBounded() {
		assertThat(SearchText.indexed("Souris", "Souris", "Sans fil")).isEqualTo(" souris souris sans fil ");
		assertThat(SearchText.indexed("a", "b", "mot ".repeat(500))).hasSize(SearchText.MAX_LENGTH);
	}

	@Test
	void queryWordsAreDistinctAndLimited() {
		assertThat(SearchText.words("Clavier CLAVIER sans-fil", 8)).containsExactly("clavier", "sans", "fil");
		assertThat(SearchText.words("a b c d e f g h i j", 3)).containsExactly("a", "b", "c");
		assertThat(SearchText.words(" %%% ", 8)).isEmpty();
	}

}
