package dev.flotilla.shop.catalog;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code recherche} column (written on every product write and by
 * {@link SearchIndexMigration}) is folded exactly as before the folding moved to the
 * platform, so that no existing catalogue needs reindexing: the old folding and
 * {@link SearchWords} agree on a varied sample and on every assigned code point.
 */
class StoredSearchColumnTests {

	static final List<String> SAMPLE = List.of("Écran ÇA Œuvre façade", "Clé USB 3.2 — 128 Go % _ 'x'", "straße",
			"STRAẞE", "Œuvre", "œil", "Ærø", "æther", "Søren", "ØRSTED", "Łódź", "łza", "Ĳssel", "ﬁlet", "ﬀ", "  Zoë ",
			"d'Alembert", "ＡＢＣ", "²³", "Ἀλέξης", "ΣΊΣΥΦΟΣ", "Дмитрий", "İstanbul", "ılık", "Nguyễn Thị", "e\u0301",
			"\u0301e", "a\u0327\u0301", "o\u20DD", "Dupont^Hélène^^", "山田 太郎", "김민준", "مُحَمَّد", "שָׁלוֹם", "हिन्दी",
			"\t Tab\u00A0nbsp\u3000", "😀 🙂", "\uD800", "", " ", "ǅemal", "Ǿ", "ǽ", "ŉ", "ǰ", "ΐ", "ﬆ", "㎏", "Ⅻ", "①",
			"Ｃｌé ＵＳＢ");

	@Test
	void foldsTheSampleAsBefore() {
		for (String text : SAMPLE) {
			assertThat(SearchWords.normalize(text)).as(text).isEqualTo(SearchText.normalize(text));
			assertThat(SearchWords.indexed(text, "Écrans", text)).as(text)
				.isEqualTo(SearchText.indexed(text, "Écrans", text));
			assertThat(SearchWords.words(text, 8)).as(text).isEqualTo(SearchText.words(text, 8));
		}
	}

	@Test
	void foldsEveryAssignedCodePointAsBefore() {
		List<String> differences = new ArrayList<>();
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			if (!Character.isDefined(codePoint) || Character.getType(codePoint) == Character.PRIVATE_USE) {
				continue;
			}
			String text = "a" + Character.toString(codePoint) + "b";
			if (!SearchWords.normalize(text).equals(SearchText.normalize(text))) {
				differences.add(Integer.toHexString(codePoint));
			}
		}
		assertThat(differences).isEmpty();
	}

}
