package dev.flotilla.shop.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text to lower-case ASCII words so that "Écran" and "ecran" match on every
 * database alike, with no collation or extension needed.
 */
final class SearchText {

	/** The indexed column's width. */
	static final int MAX_LENGTH = 700;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	private SearchText() {
	}

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

	/** The search column of a product: its name, category and description, folded. */
	static String indexed(String nom, String categorie, String description) {
		String text = " " + normalize(nom + " " + categorie + " " + description) + " ";
		return (text.length() > MAX_LENGTH) ? text.substring(0, MAX_LENGTH) : text;
	}

	/** The words of a query, folded, at most {@code max} of them. */
	static List<String> words(String query, int max) {
		String normalized = normalize(query);
		if (normalized.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(normalized.split(" ")).distinct().limit(max).toList();
	}

}
