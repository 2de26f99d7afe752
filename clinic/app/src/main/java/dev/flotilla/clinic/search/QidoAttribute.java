package dev.flotilla.clinic.search;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The study-level attributes that {@code GET /dicomweb/studies} answers (PS3.18 Table
 * 10.6.3-3 and the optional keys the registry holds), with the matching each accepts as a
 * query key (PS3.4 C.2.2.2). One table for the parser, the answer and the conformance
 * statement.
 */
enum QidoAttribute {

	SPECIFIC_CHARACTER_SET("SpecificCharacterSet", "00080005", "CS", Matching.NONE, true, null),

	STUDY_DATE("StudyDate", "00080020", "DA", Matching.DATE_RANGE, true, "s.study_date"),

	STUDY_TIME("StudyTime", "00080030", "TM", Matching.TIME_RANGE, true, "s.study_time"),

	ACCESSION_NUMBER("AccessionNumber", "00080050", "SH", Matching.WILDCARD, true, "s.accession_number"),

	MODALITIES_IN_STUDY("ModalitiesInStudy", "00080061", "CS", Matching.CODE_IN_LIST, true, "s.modalities_search"),

	REFERRING_PHYSICIAN_NAME("ReferringPhysicianName", "00080090", "PN", Matching.PERSON_NAME, true,
			"s.referring_physician_name"),

	STUDY_DESCRIPTION("StudyDescription", "00081030", "LO", Matching.WILDCARD, false, "s.study_description"),

	PATIENT_NAME("PatientName", "00100010", "PN", Matching.PERSON_NAME, true, "p.patient_name"),

	PATIENT_ID("PatientID", "00100020", "LO", Matching.WILDCARD, true, "p.patient_id"),

	ISSUER_OF_PATIENT_ID("IssuerOfPatientID", "00100021", "LO", Matching.NONE, false, null),

	PATIENT_BIRTH_DATE("PatientBirthDate", "00100030", "DA", Matching.DATE_RANGE, true, "p.birth_date"),

	PATIENT_SEX("PatientSex", "00100040", "CS", Matching.CODE, true, "p.sex"),

	PATIENT_AGE("PatientAge", "00101010", "AS", Matching.NONE, false, null),

	PATIENT_SIZE("PatientSize", "00101020", "DS", Matching.NONE, false, null),

	PATIENT_WEIGHT("PatientWeight", "00101030", "DS", Matching.NONE, false, null),

	PATIENT_COMMENTS("PatientComments", "00104000", "LT", Matching.NONE, false, null),

	STUDY_INSTANCE_UID("StudyInstanceUID", "0020000D", "UI", Matching.UID_LIST, true, "s.study_instance_uid"),

	STUDY_ID("StudyID", "00200010", "SH", Matching.WILDCARD, true, "s.study_id"),

	NUMBER_OF_STUDY_RELATED_SERIES("NumberOfStudyRelatedSeries", "00201206", "IS", Matching.NONE, true, null),

	NUMBER_OF_STUDY_RELATED_INSTANCES("NumberOfStudyRelatedInstances", "00201208", "IS", Matching.NONE, true, null);

	/** How a query key matches (PS3.4 C.2.2.2). */
	enum Matching {

		/** Not a query key: returned, or asked for with {@code includefield}. */
		NONE("none (includefield only)"),
		/** Single value, {@code *} and {@code ?} wildcards. */
		WILDCARD("single value, wildcards * ?"),
		/** Single value, wildcards; case- and accent-insensitive with fuzzymatching. */
		PERSON_NAME("single value, wildcards * ?, fuzzymatching"),
		/** A date or a range {@code a-b}, {@code a-}, {@code -b}. */
		DATE_RANGE("single value, range"),
		/** A time or a range {@code a-b}, {@code a-}, {@code -b}. */
		TIME_RANGE("single value, range"),
		/** One code, exact. */
		CODE("single value"),
		/** One code that one of the attribute's values equals. */
		CODE_IN_LIST("single value (one of the values)"),
		/** One UID or several, comma-separated or repeated. */
		UID_LIST("single value, UID list");

		private final String description;

		Matching(String description) {
			this.description = description;
		}

		String description() {
			return this.description;
		}

	}

	private static final Map<String, QidoAttribute> BY_NAME = Arrays.stream(values())
		.flatMap((attribute) -> List.of(Map.entry(attribute.keyword, attribute), Map.entry(attribute.tag, attribute))
			.stream())
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

	private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter TM = DateTimeFormatter.ofPattern("HHmmss");

	private final String keyword;

	private final String tag;

	private final String vr;

	private final Matching matching;

	private final boolean returnedByDefault;

	private final String column;

	QidoAttribute(String keyword, String tag, String vr, Matching matching, boolean returnedByDefault, String column) {
		this.keyword = keyword;
		this.tag = tag;
		this.vr = vr;
		this.matching = matching;
		this.returnedByDefault = returnedByDefault;
		this.column = column;
	}

	/**
	 * The attribute a query parameter or an {@code includefield} value names.
	 * @param name a keyword ({@code PatientID}, case-sensitive) or a tag
	 * ({@code 00100020}, hexadecimal in either case)
	 * @return the attribute, empty when the name is none of ours
	 */
	static Optional<QidoAttribute> named(String name) {
		QidoAttribute attribute = BY_NAME.get(name);
		if (attribute == null && name.length() == 8) {
			attribute = BY_NAME.get(name.toUpperCase(Locale.ROOT));
		}
		return Optional.ofNullable(attribute);
	}

	String keyword() {
		return this.keyword;
	}

	String tag() {
		return this.tag;
	}

	String vr() {
		return this.vr;
	}

	Matching matching() {
		return this.matching;
	}

	boolean returnedByDefault() {
		return this.returnedByDefault;
	}

	/** The SQL column a query key is matched against, {@code null} for none. */
	String column() {
		return this.column;
	}

	boolean onPatient() {
		return this.column != null && this.column.startsWith("p.");
	}

	/**
	 * This attribute of one study in the DICOM JSON model (PS3.18 F.2): {@code vr} and,
	 * when the study has a value, {@code Value}.
	 * @param rs the row of {@link SearchRepository#studyAttributes}
	 * @return the attribute's JSON object
	 * @throws SQLException if a column cannot be read
	 */
	Map<String, Object> json(ResultSet rs) throws SQLException {
		List<?> values = values(rs);
		return values.isEmpty() ? Map.of("vr", this.vr) : Map.of("vr", this.vr, "Value", values);
	}

	private List<?> values(ResultSet rs) throws SQLException {
		return switch (this) {
			case SPECIFIC_CHARACTER_SET -> List.of("ISO_IR 192");
			case STUDY_DATE -> one(date(rs.getObject("study_date", LocalDate.class)));
			case STUDY_TIME -> one(time(rs.getObject("study_time", LocalTime.class)));
			case ACCESSION_NUMBER -> one(rs.getString("accession_number"));
			case MODALITIES_IN_STUDY -> split(rs.getString("modalities"));
			case REFERRING_PHYSICIAN_NAME -> name(rs.getString("referring_physician_name"));
			case STUDY_DESCRIPTION -> one(rs.getString("study_description"));
			case PATIENT_NAME -> name(rs.getString("patient_name"));
			case PATIENT_ID -> one(rs.getString("patient_id"));
			case ISSUER_OF_PATIENT_ID -> one(rs.getString("issuer_of_patient_id"));
			case PATIENT_BIRTH_DATE -> one(date(rs.getObject("birth_date", LocalDate.class)));
			case PATIENT_SEX -> one(rs.getString("sex"));
			case PATIENT_AGE -> one(rs.getString("patient_age"));
			case PATIENT_SIZE -> one(rs.getObject("patient_size", BigDecimal.class));
			case PATIENT_WEIGHT -> one(rs.getObject("patient_weight", BigDecimal.class));
			case PATIENT_COMMENTS -> one(rs.getString("comments"));
			case STUDY_INSTANCE_UID -> one(rs.getString("study_instance_uid"));
			case STUDY_ID -> one(rs.getString("study_id"));
			case NUMBER_OF_STUDY_RELATED_SERIES -> one(rs.getObject("number_of_series", Integer.class));
			case NUMBER_OF_STUDY_RELATED_INSTANCES -> one(rs.getObject("number_of_instances", Integer.class));
		};
	}

	private static List<?> one(Object value) {
		return (value == null || (value instanceof String text && text.isEmpty())) ? List.of() : List.of(value);
	}

	private static List<?> split(String values) {
		return (values == null || values.isEmpty()) ? List.of() : List.of(values.split("\\\\"));
	}

	private static List<?> name(String name) {
		return (name == null || name.isEmpty()) ? List.of() : List.of(Map.of("Alphabetic", name));
	}

	/**
	 * A DA value; {@code null} for a date that DA cannot carry (a year before 1 or after
	 * 9999, which {@code YYYYMMDD} has no room for), so that stored data never breaks the
	 * answer.
	 */
	static String date(LocalDate date) {
		return (date == null || date.getYear() < 1 || date.getYear() > 9999) ? null : date.format(DA);
	}

	private static String time(LocalTime time) {
		return (time != null) ? time.format(TM) : null;
	}

	/** The attributes in tag order, as the DICOM JSON model lists them. */
	static List<QidoAttribute> inTagOrder(Predicate<QidoAttribute> included) {
		return Arrays.stream(values()).filter(included).toList();
	}

}
