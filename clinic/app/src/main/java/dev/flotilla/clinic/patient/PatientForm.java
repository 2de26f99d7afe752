package dev.flotilla.clinic.patient;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The patient form's fields as typed, before they become a {@link PatientRequest}.
 *
 * @param patientId PatientID
 * @param issuerOfPatientId IssuerOfPatientID
 * @param patientName PatientName
 * @param patientBirthDate birth date, {@code YYYY-MM-DD}
 * @param patientSex M, F, O or empty
 * @param patientComments comments
 */
record PatientForm(String patientId, String issuerOfPatientId, String patientName, String patientBirthDate,
		String patientSex, String patientComments) {

	static PatientForm empty() {
		return new PatientForm("", "", "", "", "", "");
	}

	static PatientForm of(Patient patient) {
		return new PatientForm(patient.patientId(), patient.issuerOfPatientId(), patient.patientName(),
				(patient.birthDate() != null) ? patient.birthDate().toString() : "", blankIfNull(patient.sex()),
				blankIfNull(patient.comments()));
	}

	PatientRequest toRequest(Map<String, String> errors) {
		LocalDate birthDate = null;
		if (!isBlank(this.patientBirthDate)) {
			try {
				birthDate = LocalDate.parse(this.patientBirthDate.strip());
			}
			catch (DateTimeParseException ex) {
				errors.put("patientBirthDate", "date attendue au format AAAA-MM-JJ");
			}
		}
		return new PatientRequest(trim(this.patientId), trim(this.issuerOfPatientId), trim(this.patientName), birthDate,
				trim(this.patientSex), trim(this.patientComments));
	}

	private static String trim(String value) {
		return isBlank(value) ? null : value.strip();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String blankIfNull(String value) {
		return (value != null) ? value : "";
	}

}
