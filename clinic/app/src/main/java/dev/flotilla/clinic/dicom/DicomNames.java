package dev.flotilla.clinic.dicom;

import dev.flotilla.platform.text.SearchText;

/**
 * DICOM person names (PN) in the folded form stored in the {@code *_search} columns and
 * compared with queries: the platform's upper-case {@link SearchText} ({@code Hélène} →
 * {@code HELENE}, {@code ß} → {@code SS}, {@code Œ} → {@code OE}) of the stripped text,
 * and the name's family and given components.
 */
public final class DicomNames {

	private static final SearchText FOLDING = SearchText.upperCase();

	private DicomNames() {
	}

	/**
	 * Fold a name or a query.
	 * @param text the text, may be {@code null}
	 * @return the folded text, empty for {@code null}
	 */
	public static String fold(String text) {
		return (text != null) ? FOLDING.fold(text.strip()) : "";
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
