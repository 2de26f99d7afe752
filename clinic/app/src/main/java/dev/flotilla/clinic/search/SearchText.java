package dev.flotilla.clinic.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The folded form of names stored in the {@code *_search} columns and compared with
 * queries: accents stripped ({@code Hélène} → {@code HELENE}), upper case, {@code ß} →
 * {@code SS}, ligatures split ({@code Œ} → {@code OE}). Folding in Java gives the same
 * answer on every database, whatever its collation, and lets a plain index serve it.
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private SearchText() {
	}

	/**
	 * Fold a name or a query.
	 * @param text the text, may be {@code null}
	 * @return the folded text, empty for {@code null}
	 */
	public static String fold(String text) {
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

	/**
	 * The folded components of a DICOM person name
	 * {@code Family^Given^Middle^Prefix^Suffix}.
	 * @param personName the name
	 * @return the folded family name, given name and whole name (without trailing
	 * {@code ^})
	 */
	public static FoldedName foldName(String personName) {
		String folded = fold(personName);
		String[] parts = folded.split("\\^", -1);
		String whole = folded.replaceAll("\\^+$", "");
		return new FoldedName(parts[0].strip(), (parts.length > 1) ? parts[1].strip() : "", whole);
	}

	/**
	 * A person name in its searchable form.
	 *
	 * @param family the folded family name
	 * @param given the folded given name
	 * @param whole the whole folded name
	 */
	public record FoldedName(String family, String given, String whole) {
	}

}
