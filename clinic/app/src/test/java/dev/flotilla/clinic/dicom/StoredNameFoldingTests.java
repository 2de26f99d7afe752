package dev.flotilla.clinic.dicom;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.flotilla.clinic.search.SearchText;

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
			assertThat(DicomNames.fold(name)).as(name).isEqualTo(SearchText.fold(name));
			SearchText.FoldedName before = SearchText.foldName(name);
			assertThat(DicomNames.foldName(name)).as(name)
				.isEqualTo(new DicomNames.FoldedName(before.family(), before.given(), before.whole()));
		}
		assertThat(DicomNames.fold(null)).isEqualTo(SearchText.fold(null));
	}

	@Test
	void foldsEveryAssignedCodePointAsBefore() {
		List<String> differences = new ArrayList<>();
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			if (!Character.isDefined(codePoint) || Character.getType(codePoint) == Character.PRIVATE_USE) {
				continue;
			}
			String alone = Character.toString(codePoint);
			String within = "a" + alone + "^b";
			if (!DicomNames.fold(alone).equals(SearchText.fold(alone))
					|| !DicomNames.fold(within).equals(SearchText.fold(within))) {
				differences.add(Integer.toHexString(codePoint));
			}
		}
		assertThat(differences).isEmpty();
	}

}
