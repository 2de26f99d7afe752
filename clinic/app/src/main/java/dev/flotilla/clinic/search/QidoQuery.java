package dev.flotilla.clinic.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.util.MultiValueMap;

import dev.flotilla.clinic.dicom.DicomNames;
import dev.flotilla.clinic.dicom.DicomValues;
import dev.flotilla.platform.error.InvalidRequestException;

/**
 * A QIDO-RS study search (PS3.18 10.6.1) as the client sent it, checked key by key: the
 * matching keys of {@link QidoAttribute} by keyword or tag, and {@code limit},
 * {@code offset}, {@code includefield}, {@code fuzzymatching}. Anything else is refused,
 * never ignored: a viewer asking for one study must not get others.
 */
final class QidoQuery {

	/**
	 * The most studies one answer carries; a larger or absent {@code limit} gets this.
	 */
	static final int MAX_LIMIT = 500;

	static final int MAX_OFFSET = 1_000_000;

	static final int MAX_UIDS = 200;

	static final Set<String> PARAMETERS = Set.of("limit", "offset", "includefield", "fuzzymatching");

	/**
	 * Spring Security's token parameter, which a form of the UI sends with every request:
	 * not a search key, so it neither matches nor is refused.
	 */
	static final String CSRF_PARAMETER = "_csrf";

	private final SqlBuilder patientConditions = new SqlBuilder();

	private final SqlBuilder studyConditions = new SqlBuilder();

	private final Set<QidoAttribute> returned = EnumSet.noneOf(QidoAttribute.class);

	private int limit = MAX_LIMIT;

	private int offset;

	private boolean fuzzy;

	private QidoQuery() {
	}

	/**
	 * Parse and check the query parameters of a study search.
	 * @param params every query parameter, repeated ones with all their values
	 * @return the search
	 * @throws InvalidRequestException for an unknown key, a repeated single-valued key or
	 * a value that its VR does not allow
	 */
	static QidoQuery parse(MultiValueMap<String, String> params) {
		QidoQuery query = new QidoQuery();
		Map<QidoAttribute, List<String>> keys = new EnumMap<>(QidoAttribute.class);
		for (Map.Entry<String, List<String>> param : params.entrySet()) {
			String name = param.getKey();
			if (name.equals(CSRF_PARAMETER)) {
				continue;
			}
			if (PARAMETERS.contains(name)) {
				query.control(name, param.getValue());
				continue;
			}
			QidoAttribute attribute = QidoAttribute.named(name)
				.filter((known) -> known.matching() != QidoAttribute.Matching.NONE)
				.orElseThrow(() -> unknownKey(name));
			List<String> values = keys.computeIfAbsent(attribute, (key) -> new ArrayList<>());
			values.addAll(param.getValue());
			if (values.size() > 1 && attribute.matching() != QidoAttribute.Matching.UID_LIST) {
				throw new InvalidRequestException("repeated_parameter", "La clé « " + attribute.keyword()
						+ " » est donnée plusieurs fois ; une seule valeur est admise.");
			}
		}
		query.returned.addAll(QidoAttribute.inTagOrder(QidoAttribute::returnedByDefault));
		keys.forEach(query::match);
		return query;
	}

	private void control(String name, List<String> values) {
		if (!name.equals("includefield") && values.size() > 1) {
			throw new InvalidRequestException("repeated_parameter",
					"Le paramètre « " + name + " » est donné plusieurs fois.");
		}
		String value = values.get(0).strip();
		switch (name) {
			case "limit" -> this.limit = Math.min(number(name, value, 1, Integer.MAX_VALUE), MAX_LIMIT);
			case "offset" -> this.offset = number(name, value, 0, MAX_OFFSET);
			case "fuzzymatching" -> this.fuzzy = bool(value);
			default -> values.forEach(this::includeFields);
		}
	}

	private void includeFields(String value) {
		for (String field : value.split(",", -1)) {
			String name = field.strip();
			if (name.equals("all")) {
				this.returned.addAll(EnumSet.allOf(QidoAttribute.class));
				continue;
			}
			this.returned.add(QidoAttribute.named(name)
				.orElseThrow(() -> new InvalidRequestException("unknown_includefield", "Attribut « " + name
						+ " » inconnu dans includefield : donnez un mot-clé ou une balise DICOM du niveau étude, ou all.")));
		}
	}

	private void match(QidoAttribute attribute, List<String> values) {
		this.returned.add(attribute);
		SqlBuilder sql = attribute.onPatient() ? this.patientConditions : this.studyConditions;
		if (attribute.matching() == QidoAttribute.Matching.UID_LIST) {
			uids(sql, attribute, values);
			return;
		}
		String value = values.get(0).strip();
		checkText(attribute, value);
		if (value.isEmpty() || value.equals("*")) {
			return; // universal matching (PS3.4 C.2.2.2.3)
		}
		switch (attribute.matching()) {
			case WILDCARD -> DicomMatch.match(sql, attribute.column(), value);
			case PERSON_NAME -> personName(sql, attribute, value);
			case DATE_RANGE -> dateRange(attribute, value).apply(sql, attribute.column());
			case TIME_RANGE -> QidoTimeRange.parse(attribute.keyword(), value).apply(sql, attribute.column());
			case CODE -> sql.where(attribute.column() + " = ?", code(attribute, value));
			case CODE_IN_LIST -> sql.where(attribute.column() + " LIKE ? ESCAPE '!'",
					"%|" + DicomMatch.likePattern(code(attribute, value)) + "|%");
			default -> throw new IllegalStateException("No matching for " + attribute);
		}
	}

	/**
	 * Without {@code fuzzymatching}, a literal match of the whole value (PS3.4
	 * C.2.2.2.1), case- and accent-sensitive; the folded, indexed column narrows the rows
	 * first. With it, the module's folding makes case and accents irrelevant, and a
	 * PatientName without {@code ^} matches the family or the given name.
	 */
	private void personName(SqlBuilder sql, QidoAttribute attribute, String value) {
		boolean patient = attribute == QidoAttribute.PATIENT_NAME;
		if (!this.fuzzy) {
			if (patient && value.indexOf('?') < 0) {
				// '?' is one character, which folding may turn into two (ß → SS).
				DicomMatch.match(sql, "p.name_search", DicomNames.foldName(value).whole());
			}
			DicomMatch.match(sql, attribute.column(), value);
			return;
		}
		if (!patient) {
			// No folded column is stored for this name: case-insensitive only.
			DicomMatch.match(sql, "UPPER(" + attribute.column() + ")", value.toUpperCase(Locale.ROOT));
			return;
		}
		if (value.indexOf('^') >= 0) {
			DicomMatch.match(sql, "p.name_search", DicomNames.foldName(value).whole());
			return;
		}
		NameSides sides = NameSides.of(value);
		if (sides != null) {
			sql.where("(" + sides.on("p.family_search") + " OR " + sides.on("p.given_search") + ")", sides.value(),
					sides.value());
		}
	}

	private static void uids(SqlBuilder sql, QidoAttribute attribute, List<String> values) {
		Set<String> uids = new LinkedHashSet<>();
		for (String value : values) {
			if (value.isBlank() && values.size() == 1) {
				return;
			}
			for (String uid : value.split(",", -1)) {
				String trimmed = uid.strip();
				if (!isUid(trimmed)) {
					throw new InvalidRequestException("invalid_parameter", "« " + attribute.keyword() + " » : « "
							+ trimmed
							+ " » n'est pas un UID DICOM (chiffres et points, 64 caractères au plus, sans joker).");
				}
				uids.add(trimmed);
			}
		}
		if (uids.size() > MAX_UIDS) {
			throw new InvalidRequestException("invalid_parameter",
					"« " + attribute.keyword() + " » : " + MAX_UIDS + " UID au plus par recherche.");
		}
		String marks = String.join(", ", Collections.nCopies(uids.size(), "?"));
		sql.where(attribute.column() + ((uids.size() == 1) ? " = ?" : " IN (" + marks + ")"), uids.toArray());
	}

	/**
	 * Whether a text is a DICOM UID (PS3.5 9.1): at most 64 characters, dot-separated
	 * numbers without leading zeros. Checked by hand: the equivalent regular expression
	 * backtracks badly on long digit runs.
	 * @param text the text
	 * @return whether it is a UID
	 */
	static boolean isUid(String text) {
		if (text.isEmpty() || text.length() > 64) {
			return false;
		}
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == '.') {
				if (i == start || (text.charAt(start) == '0' && i - start > 1)) {
					return false;
				}
				start = i + 1;
			}
			else if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static DicomMatch.DateRange dateRange(QidoAttribute attribute, String value) {
		try {
			return DicomMatch.dateRange(attribute.keyword(), value);
		}
		catch (InvalidRequestException ex) {
			throw new InvalidRequestException("invalid_date", "« " + attribute.keyword()
					+ " » doit être une date AAAAMMJJ ou un intervalle AAAAMMJJ-AAAAMMJJ, AAAAMMJJ- ou -AAAAMMJJ.");
		}
	}

	private static String code(QidoAttribute attribute, String value) {
		if (!value.matches(DicomValues.MODALITY)) {
			throw new InvalidRequestException("invalid_parameter", "« " + attribute.keyword()
					+ " » doit être un code (lettres majuscules, chiffres, _), tel que CT ou MR, sans joker.");
		}
		return value;
	}

	private static void checkText(QidoAttribute attribute, String value) {
		int max = switch (attribute.vr()) {
			case "PN" -> 324;
			case "LO" -> 64;
			default -> 17;
		};
		if (value.length() > max || value.indexOf('\\') >= 0 || value.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidRequestException("invalid_parameter", "« " + attribute.keyword() + " » : " + max
					+ " caractères au plus, sans barre oblique inverse ni caractère de contrôle.");
		}
	}

	private static int number(String name, String value, int min, int max) {
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InvalidRequestException("invalid_parameter",
				"« " + name + " » doit être un nombre entier à partir de " + min
						+ ((max == Integer.MAX_VALUE) ? "." : ", jusqu'à " + max + "."));
	}

	private static boolean bool(String value) {
		if (value.equals("true") || value.equals("false")) {
			return value.equals("true");
		}
		throw new InvalidRequestException("invalid_parameter", "« fuzzymatching » doit valoir true ou false.");
	}

	private static InvalidRequestException unknownKey(String name) {
		String shown = name.codePoints()
			.limit(64)
			.map((c) -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return new InvalidRequestException("unknown_parameter",
				"Clé de recherche inconnue : « " + shown + " ». Clés acceptées : " + String.join(", ", keywords())
						+ " (ou leur balise), limit, offset, includefield, fuzzymatching.");
	}

	/** The keywords of the attributes that are query keys, in tag order. */
	static List<String> keywords() {
		return QidoAttribute.inTagOrder((attribute) -> attribute.matching() != QidoAttribute.Matching.NONE)
			.stream()
			.map(QidoAttribute::keyword)
			.toList();
	}

	SqlBuilder patientConditions() {
		return this.patientConditions;
	}

	SqlBuilder studyConditions() {
		return this.studyConditions;
	}

	Set<QidoAttribute> returned() {
		return Collections.unmodifiableSet(this.returned);
	}

	int limit() {
		return this.limit;
	}

	int offset() {
		return this.offset;
	}

}
