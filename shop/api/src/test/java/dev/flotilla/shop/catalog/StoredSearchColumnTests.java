package dev.flotilla.shop.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code recherche} column (written on every product write and by
 * {@link SearchIndexMigration}) is folded exactly as before the folding moved to the
 * platform, so that no existing catalogue needs reindexing: the old folding (kept here
 * verbatim as {@link Stored}) and {@link SearchWords} agree on a varied sample and on
 * every assigned code point.
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
			assertThat(SearchWords.normalize(text)).as(text).isEqualTo(Stored.normalize(text));
			assertThat(SearchWords.indexed(text, "Écrans", text)).as(text)
				.isEqualTo(Stored.indexed(text, "Écrans", text));
			assertThat(SearchWords.words(text, 8)).as(text).isEqualTo(Stored.words(text, 8));
		}
	}

	@Test
	void foldsEveryAssignedCodePointAsBefore() {
		List<String> differences = new ArrayList<>();
		List<String> block = new ArrayList<>();
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT + 1; codePoint++) {
			if (codePoint > Character.MAX_CODE_POINT || block.size() == 512) {
				// One fold per block; a block that differs is searched code point by code
				// point.
				String text = String.join(" ", block);
				if (!SearchWords.normalize(text).equals(Stored.normalize(text))) {
					block.stream()
						.filter((one) -> !SearchWords.normalize(one).equals(Stored.normalize(one)))
						.map((one) -> Integer.toHexString(one.codePointAt(1)))
						.forEach(differences::add);
				}
				block.clear();
			}
			if (codePoint <= Character.MAX_CODE_POINT && Character.isDefined(codePoint)
					&& Character.getType(codePoint) != Character.PRIVATE_USE) {
				block.add("a" + Character.toString(codePoint) + "b");
			}
		}
		assertThat(differences).isEmpty();
	}

	/** The shop's folding as it was written until the platform took it over. */
	private static final class Stored {

		static final int MAX_LENGTH = 700;

		private static final Pattern MARKS = Pattern.compile("\\p{M}+");

		private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

		static String normalize(String text) {
			String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
			String folded = MARKS.matcher(decomposed)
				.replaceAll("")
				.toLowerCase(Locale.ROOT)
				.replace("œ", "oe")
				.replace("æ", "ae")
				.replace("ß", "ss");
			return NOT_WORD.matcher(folded).replaceAll(" ").trim();
		}

		static String indexed(String nom, String categorie, String description) {
			String text = " " + normalize(nom + " " + categorie + " " + description) + " ";
			return (text.length() > MAX_LENGTH) ? text.substring(0, MAX_LENGTH) : text;
		}

		static List<String> words(String query, int max) {
			String normalized = normalize(query);
			if (normalized.isEmpty()) {
				return List.of();
			}
			return Arrays.stream(normalized.split(" ")).distinct().limit(max).toList();
		}

	}

}
