package dev.flotilla.shop.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import dev.flotilla.platform.text.SearchText;

/**
 * Folds text to lower-case ASCII words so that "Écran" and "ecran" match on every
 * database alike, with no collation or extension needed: the platform's lower-case
 * {@link SearchText}, then anything but {@code [a-z0-9]} is a word break.
 */
final class SearchWords {

	/** The indexed column's width. */
	static final int MAX_LENGTH = 700;

	/**
	 * Only {@code ß}, {@code æ} and {@code œ} are spelled out: {@code ø} and {@code ł}
	 * have always been word breaks here, and stay so that the stored column of existing
	 * products stays valid.
	 */
	private static final SearchText FOLDING = SearchText.lowerCase().spellingOnly("ßæœ");

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	private SearchWords() {
	}

	static String normalize(String text) {
		return NOT_WORD.matcher(FOLDING.fold(text)).replaceAll(" ").trim();
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
