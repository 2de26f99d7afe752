package dev.flotilla.clinic.dicom;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names stored in {@code family_search}, {@code given_search} and {@code name_search}
 * are folded exactly as before the folding moved to the platform, so that no existing
 * database needs reindexing: the old folding and {@link DicomNames} agree on a varied
 * sample and on every code point.
 */
class StoredNameFoldingTests {

	static final List<String> SAMPLE = List.of("Hélène", "Müller", "straße", "STRAẞE", "Œuvre", "œil", "Ærø", "æther",
			"Søren", "ØRSTED", "Łódź", "łza", "Ĳssel", "ﬁlet", "ﬀ", "françois", "  Zoë ", "d'Alembert", "ＡＢＣ", "²³",
			"Ἀλέξης", "ΣΊΣΥΦΟΣ", "Ωμέγα", "Дмитрий^Иванов", "İstanbul", "ılık", "Nguyễn^Thị", "e\u0301", "\u0301e",
			"a\u0327\u0301", "o\u20DD", "Dupont^Hélène^Marie^^", "^Jean", "Ollé", "A^B^C^D^E", "DUPONT^", "^^^",
			"Lefèvre^Hélène=レフェーヴル", "山田^太郎", "김^민준", "مُحَمَّد", "שָׁלוֹם", "हिन्दी", "\t Tab\u00A0nbsp\u3000",
			"😀^🙂", "\uD800", "", " ", "ǅemal", "ǈubica", "Ǿ", "ǽ", "ŉ", "ǰ", "ΐ", "ﬆ", "㎏", "Ⅻ", "①");

	@Test
	void foldsTheSampleAsBefore() {
		for (String name : SAMPLE) {
			assertThat(DicomNames.fold(name)).as(name).isEqualTo(Stored.fold(name));
			Stored.FoldedName before = Stored.foldName(name);
			assertThat(DicomNames.foldName(name)).as(name)
				.isEqualTo(new DicomNames.FoldedName(before.family(), before.given(), before.whole()));
		}
		assertThat(DicomNames.fold(null)).isEqualTo(Stored.fold(null));
	}

	@Test
	void foldsEveryAssignedCodePointAsBefore() {
		List<String> differences = new ArrayList<>();
		List<String> block = new ArrayList<>();
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT + 1; codePoint++) {
			if (codePoint > Character.MAX_CODE_POINT || block.size() == 512) {
				// One fold per block; a block that differs is searched code point by code
				// point.
				String text = String.join("", block);
				if (!DicomNames.fold(text).equals(Stored.fold(text))) {
					block.stream()
						.filter((one) -> !DicomNames.fold(one).equals(Stored.fold(one)))
						.map((one) -> Integer.toHexString(one.codePointAt(1)))
						.forEach(differences::add);
				}
				block.clear();
			}
			if (codePoint <= Character.MAX_CODE_POINT && Character.isDefined(codePoint)
					&& Character.getType(codePoint) != Character.PRIVATE_USE) {
				block.add("a" + Character.toString(codePoint) + "^b");
			}
		}
		assertThat(differences).isEmpty();
	}

	/** The clinic's folding as it was written until the platform took it over. */
	private static final class Stored {

		private static final Pattern MARKS = Pattern.compile("\\p{M}+");

		static String fold(String text) {
			if (text == null) {
				return "";
			}
			String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD);
			String stripped = MARKS.matcher(decomposed).replaceAll("");
			return stripped.replace("ß", "SS")
				.replace("Æ", "AE")
				.replace("æ", "AE")
				.replace("Œ", "OE")
				.replace("œ", "OE")
				.replace("Ø", "O")
				.replace("ø", "O")
				.replace("Ł", "L")
				.replace("ł", "L")
				.toUpperCase(Locale.ROOT);
		}

		static FoldedName foldName(String personName) {
			String folded = fold(personName);
			String[] parts = folded.split("\\^", -1);
			String whole = folded.replaceAll("\\^+$", "");
			return new FoldedName(parts[0].strip(), (parts.length > 1) ? parts[1].strip() : "", whole);
		}

		record FoldedName(String family, String given, String whole) {
		}

	}

}
