package dev.flotilla.clinic.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.MultiValueMap;

import dev.flotilla.clinic.search.DicomMatch.DateRange;
import dev.flotilla.platform.error.InvalidRequestException;

/**
 * A search as the client asked for it, checked: the filters, the page and the sort key.
 *
 * @param level {@code patient} (one row per patient) or {@code study} (one row per study)
 * @param name PatientName: {@code DUP*} matches family or given names; with a {@code ^}
 * it matches the whole name ({@code DUPONT^H*})
 * @param patientId PatientID, exact or with wildcards
 * @param accessionNumber AccessionNumber, exact or with wildcards
 * @param studyDate StudyDate range
 * @param birthDate PatientBirthDate range
 * @param modality one modality code of ModalitiesInStudy
 * @param limit page size, 1 to {@value #MAX_LIMIT}
 * @param offset rows skipped
 * @param sort a whitelisted sort key, {@code -} prefix for descending
 */
record SearchQuery(String level, String name, String patientId, String accessionNumber, DateRange studyDate,
		DateRange birthDate, String modality, int limit, int offset, String sort) {

	static final int MAX_LIMIT = 500;

	static final int MAX_OFFSET = 1_000_000;

	static final Set<String> PARAMETERS = Set.of("level", "name", "patientId", "accessionNumber", "studyDate",
			"birthDate", "modality", "limit", "offset", "sort", "_csrf");

	static final Map<String, String> PATIENT_SORTS = Map.of("name",
			"p.family_search %1$s, p.name_search %1$s, p.id %1$s", "patientId", "p.patient_id %1$s, p.id %1$s",
			"birthDate", nullsLast("p.birth_date") + ", p.id %1$s");

	static final Map<String, String> STUDY_SORTS = Map.of("studyDate", nullsLast("s.study_date") + ", s.id %1$s",
			"name", "p.family_search %1$s, p.name_search %1$s, s.id %1$s", "accessionNumber",
			nullsLast("s.accession_number") + ", s.id %1$s", "patientId", "p.patient_id %1$s, s.id %1$s");

	/**
	 * The nullable sort keys without their nulls-last {@code CASE}, which an index cannot
	 * serve: used when no row can be {@code NULL} (a date range) or when the database
	 * puts {@code NULL} last in that direction by itself.
	 */
	static final Map<String, String> PLAIN_SORTS = Map.of("birthDate", "p.birth_date %1$s, p.id %1$s", "studyDate",
			"s.study_date %1$s, s.id %1$s", "accessionNumber", "s.accession_number %1$s, s.id %1$s");

	/** Rows without a value come last both ways, as on every database alike. */
	private static String nullsLast(String column) {
		return "CASE WHEN " + column + " IS NULL THEN 1 ELSE 0 END, " + column + " %1$s";
	}

	/**
	 * Parse the query parameters of a search.
	 * @param params the parameters
	 * @param level the level, or {@code null} to take it from the {@code level} parameter
	 * @return the checked query
	 */
	static SearchQuery parse(MultiValueMap<String, String> params, String level) {
		for (Map.Entry<String, List<String>> param : params.entrySet()) {
			if (!PARAMETERS.contains(param.getKey())) {
				throw new InvalidRequestException("unknown_parameter", "Unknown parameter '" + param.getKey()
						+ "'; known: " + String.join(", ", PARAMETERS.stream().sorted().toList()));
			}
			if (param.getValue().size() > 1) {
				throw new InvalidRequestException("repeated_parameter",
						"Parameter '" + param.getKey() + "' is given twice");
			}
		}
		String chosen = (level != null) ? level : text(params, "level", 16);
		chosen = (chosen != null) ? chosen : "patient";
		if (!chosen.equals("patient") && !chosen.equals("study")) {
			throw new InvalidRequestException("invalid_level", "'level' must be patient or study");
		}
		String studyDate = text(params, "studyDate", 17);
		String birthDate = text(params, "birthDate", 17);
		String modality = text(params, "modality", 16);
		if (modality != null && !modality.matches("[A-Z0-9_]{1,16}")) {
			throw new InvalidRequestException("invalid_modality", "'modality' must be a code such as CT or MR");
		}
		String sort = text(params, "sort", 32);
		Map<String, String> sorts = chosen.equals("patient") ? PATIENT_SORTS : STUDY_SORTS;
		if (sort != null && !sorts.containsKey(sort.startsWith("-") ? sort.substring(1) : sort)) {
			throw new InvalidRequestException("invalid_sort",
					"'sort' must be one of " + sorts.keySet().stream().sorted().toList() + ", with - for descending");
		}
		return new SearchQuery(chosen, text(params, "name", 324), text(params, "patientId", 64),
				text(params, "accessionNumber", 16),
				(studyDate != null) ? DicomMatch.dateRange("studyDate", studyDate) : null,
				(birthDate != null) ? DicomMatch.dateRange("birthDate", birthDate) : null, modality,
				number(params, "limit", 20, 1, MAX_LIMIT), number(params, "offset", 0, 0, MAX_OFFSET), sort);
	}

	/**
	 * The {@code ORDER BY} list of the sort key; rows without a value come last both
	 * ways.
	 * @param nullsSortLow whether the database sorts {@code NULL} before every value:
	 * then a descending sort puts them last by itself (and ascending, on the other
	 * databases), and a plain column sort lets an index give the rows in order
	 * @return the SQL, without {@code ORDER BY}
	 */
	String orderBy(boolean nullsSortLow) {
		boolean patientLevel = this.level.equals("patient");
		String key = (this.sort != null) ? this.sort : (patientLevel ? "name" : "-studyDate");
		boolean descending = key.startsWith("-");
		String field = descending ? key.substring(1) : key;
		String template = (patientLevel ? PATIENT_SORTS : STUDY_SORTS).get(field);
		boolean dateFiltered = (field.equals("birthDate") && this.birthDate != null)
				|| (field.equals("studyDate") && this.studyDate != null);
		if (PLAIN_SORTS.containsKey(field) && (dateFiltered || descending == nullsSortLow)) {
			template = PLAIN_SORTS.get(field);
		}
		return String.format(template, descending ? "DESC" : "ASC");
	}

	/**
	 * Whether the sort is on a study column (at study level), so that a page can be
	 * chosen from the study table alone.
	 * @return whether no patient column is needed to order the rows
	 */
	boolean sortsOnStudy() {
		String key = (this.sort != null) ? this.sort : "-studyDate";
		String field = key.startsWith("-") ? key.substring(1) : key;
		return this.level.equals("study") && (field.equals("studyDate") || field.equals("accessionNumber"));
	}

	boolean hasStudyFilter() {
		return this.accessionNumber != null || this.studyDate != null || this.modality != null;
	}

	private static String text(MultiValueMap<String, String> params, String name, int maxLength) {
		String value = params.getFirst(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > maxLength || value.chars().anyMatch(Character::isISOControl) || value.indexOf('\\') >= 0) {
			throw new InvalidRequestException("invalid_parameter", "'" + name + "' must be at most " + maxLength
					+ " characters, without backslash or control characters");
		}
		return value.strip();
	}

	private static int number(MultiValueMap<String, String> params, String name, int fallback, int min, int max) {
		String value = params.getFirst(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InvalidRequestException("invalid_parameter",
				"'" + name + "' must be a whole number from " + min + " to " + max);
	}

}
