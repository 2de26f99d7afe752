package dev.flotilla.clinic.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The study form's fields as typed, before they become a {@link StudyRequest}.
 *
 * @param studyInstanceUid StudyInstanceUID, empty to generate one
 * @param studyDate {@code YYYY-MM-DD}
 * @param studyTime {@code HH:MM}
 * @param accessionNumber AccessionNumber
 * @param studyId StudyID
 * @param studyDescription StudyDescription
 * @param referringPhysicianName ReferringPhysicianName
 * @param modalities modalities separated by spaces, commas or backslashes
 * @param patientAge PatientAge
 * @param patientSize metres
 * @param patientWeight kilograms
 * @param numberOfSeries series
 * @param numberOfInstances instances
 */
record StudyForm(String studyInstanceUid, String studyDate, String studyTime, String accessionNumber, String studyId,
		String studyDescription, String referringPhysicianName, String modalities, String patientAge,
		String patientSize, String patientWeight, String numberOfSeries, String numberOfInstances) {

	static StudyForm empty() {
		return new StudyForm("", LocalDate.now().toString(), "", "", "", "", "", "", "", "", "", "", "");
	}

	static StudyForm of(Study study) {
		return new StudyForm(study.studyInstanceUid(), text(study.studyDate()), text(study.studyTime()),
				text(study.accessionNumber()), text(study.studyId()), text(study.description()),
				text(study.referringPhysicianName()), String.join(" ", study.modalities()), text(study.patientAge()),
				text(study.patientSize()), text(study.patientWeight()), text(study.numberOfSeries()),
				text(study.numberOfInstances()));
	}

	/** The fields by name, for the template's loop over inputs. */
	public Map<String, String> fields() {
		Map<String, String> fields = new HashMap<>();
		fields.put("studyInstanceUid", this.studyInstanceUid);
		fields.put("studyDate", this.studyDate);
		fields.put("studyTime", this.studyTime);
		fields.put("accessionNumber", this.accessionNumber);
		fields.put("studyId", this.studyId);
		fields.put("studyDescription", this.studyDescription);
		fields.put("referringPhysicianName", this.referringPhysicianName);
		fields.put("modalities", this.modalities);
		fields.put("patientAge", this.patientAge);
		fields.put("patientSize", this.patientSize);
		fields.put("patientWeight", this.patientWeight);
		fields.put("numberOfSeries", this.numberOfSeries);
		fields.put("numberOfInstances", this.numberOfInstances);
		return fields;
	}

	StudyRequest toRequest(long patient, Map<String, String> errors) {
		List<String> modalityList = isBlank(this.modalities) ? List.of()
				: Arrays.stream(this.modalities.toUpperCase(Locale.ROOT).split("[\\s,\\\\]+"))
					.filter((code) -> !code.isEmpty())
					.toList();
		return new StudyRequest(patient, trim(this.studyInstanceUid),
				parse(errors, "studyDate", this.studyDate, LocalDate::parse, "date attendue au format AAAA-MM-JJ"),
				parse(errors, "studyTime", this.studyTime, LocalTime::parse, "heure attendue au format HH:MM"),
				trim(this.accessionNumber), trim(this.studyId), trim(this.studyDescription),
				trim(this.referringPhysicianName), modalityList, trim(this.patientAge),
				parse(errors, "patientSize", this.patientSize, BigDecimal::new, "nombre attendu, en mètres"),
				parse(errors, "patientWeight", this.patientWeight, BigDecimal::new, "nombre attendu, en kilogrammes"),
				parse(errors, "numberOfStudyRelatedSeries", this.numberOfSeries, Integer::valueOf,
						"nombre entier attendu"),
				parse(errors, "numberOfStudyRelatedInstances", this.numberOfInstances, Integer::valueOf,
						"nombre entier attendu"));
	}

	private static <T> T parse(Map<String, String> errors, String field, String value, Function<String, T> parser,
			String message) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return parser.apply(value.strip().replace(',', '.'));
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			errors.put(field, message);
			return null;
		}
	}

	private static String trim(String value) {
		return isBlank(value) ? null : value.strip();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
