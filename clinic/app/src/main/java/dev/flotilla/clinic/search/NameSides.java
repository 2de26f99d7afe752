package dev.flotilla.clinic.search;

import dev.flotilla.clinic.dicom.DicomNames;

/**
 * A PatientName query without {@code ^}: it matches the family name or the given name,
 * each compared folded ({@link DicomNames}) with {@code =}, or with {@code LIKE} when it
 * holds a wildcard.
 *
 * @param value the folded name, or its {@code LIKE} pattern
 * @param like whether {@link #value} is a pattern
 */
record NameSides(String value, boolean like) {

	/**
	 * The family-or-given match of a name query.
	 * @param name the query's name, may be {@code null}
	 * @return the match, or {@code null} when the name is absent, matches everything or
	 * holds a {@code ^} (a whole-name match)
	 */
	static NameSides of(String name) {
		if (name == null || name.indexOf('^') >= 0) {
			return null;
		}
		String folded = DicomNames.fold(name);
		if (!DicomMatch.hasWildcard(folded)) {
			return new NameSides(folded, false);
		}
		String pattern = DicomMatch.likePattern(folded);
		return pattern.equals("%") ? null : new NameSides(pattern, true);
	}

	/**
	 * The condition on one side, with one bind parameter for {@link #value}.
	 * @param column the folded name column
	 * @return the SQL condition
	 */
	String on(String column) {
		return column + (this.like ? " LIKE ? ESCAPE '!'" : " = ?");
	}

}
