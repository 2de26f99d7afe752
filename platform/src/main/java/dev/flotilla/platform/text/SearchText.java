package dev.flotilla.platform.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Accent- and case-insensitive folding for search columns: the text is decomposed
 * (Unicode NFKD, so {@code ﬁ} → {@code fi} and {@code Ａ} → {@code A} too), its combining
 * marks are dropped ({@code Hélène} → {@code Helene}), it is put in one case
 * ({@link Locale#ROOT}), then the Latin letters that have no decomposition are spelled
 * out in ASCII ({@code ß} → {@code ss}, {@code Œ} → {@code OE}, see {@link #LETTERS}).
 * <p>
 * What a system has stored must be folded again the same way, so a folding is fixed once
 * chosen: a system that spells out fewer letters keeps doing so
 * ({@link #spellingOnly(String)}) rather than reindex its rows. Instances are immutable
 * and thread-safe.
 */
public final class SearchText {

	/**
	 * The Latin letters that NFKD leaves whole and a folding spells out in ASCII, in
	 * either case: {@code ß} → {@code ss}, {@code æ} → {@code ae}, {@code œ} →
	 * {@code oe}, {@code ø} → {@code o}, {@code ł} → {@code l}. The capital {@code ẞ} is
	 * spelled out by the lower-case folding (its lower case is {@code ß}) and kept by the
	 * upper-case one, as {@link String#toUpperCase(Locale)} keeps it.
	 */
	public static final String LETTERS = "ßæœøł";

	private static final Map<Character, String> SPELLINGS = Map.of('ß', "ss", 'æ', "ae", 'Æ', "AE", 'œ', "oe", 'Œ',
			"OE", 'ø', "o", 'Ø', "O", 'ł', "l", 'Ł', "L");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private final boolean upperCase;

	private final Map<Character, String> spelled;

	private SearchText(boolean upperCase, String letters) {
		for (char letter : letters.toCharArray()) {
			if (LETTERS.indexOf(letter) < 0) {
				throw new IllegalArgumentException("No ASCII spelling for '" + letter + "'; known: " + LETTERS);
			}
		}
		Map<Character, String> spelled = new HashMap<>();
		SPELLINGS.forEach((letter, spelling) -> {
			if (letters.indexOf(Character.toLowerCase(letter)) >= 0) {
				spelled.put(letter, spelling);
			}
		});
		this.upperCase = upperCase;
		this.spelled = Map.copyOf(spelled);
	}

	/**
	 * The folding to upper case that spells out every letter of {@link #LETTERS}.
	 * @return the folding
	 */
	public static SearchText upperCase() {
		return new SearchText(true, LETTERS);
	}

	/**
	 * The folding to lower case that spells out every letter of {@link #LETTERS}.
	 * @return the folding
	 */
	public static SearchText lowerCase() {
		return new SearchText(false, LETTERS);
	}

	/**
	 * This folding, spelling out only some of the {@link #LETTERS}: the others stay as
	 * they are once in the folding's case.
	 * @param letters letters of {@link #LETTERS}, e.g. {@code "ßæœ"}
	 * @return the folding
	 * @throws IllegalArgumentException if a letter has no spelling here
	 */
	public SearchText spellingOnly(String letters) {
		return new SearchText(this.upperCase, letters);
	}

	/**
	 * Fold a text. Nothing else is changed: white space, punctuation and letters of other
	 * scripts stay (in the folding's case).
	 * @param text the text
	 * @return the folded text
	 */
	public String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String unmarked = MARKS.matcher(decomposed).replaceAll("");
		String cased = this.upperCase ? unmarked.toUpperCase(Locale.ROOT) : unmarked.toLowerCase(Locale.ROOT);
		StringBuilder folded = new StringBuilder(cased.length() + 8);
		for (int i = 0; i < cased.length(); i++) {
			char c = cased.charAt(i);
			String spelling = this.spelled.get(c);
			if (spelling != null) {
				folded.append(spelling);
			}
			else {
				folded.append(c);
			}
		}
		return folded.toString();
	}

}
