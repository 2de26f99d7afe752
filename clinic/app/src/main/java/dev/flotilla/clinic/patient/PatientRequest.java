package dev.flotilla.clinic.patient;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.flotilla.clinic.dicom.DicomValues;
import dev.flotilla.clinic.dicom.PlausibleDate;

/**
 * A patient as a client creates or replaces it. There is no {@code id}: the server owns
 * it, and an unknown field is rejected.
 *
 * @param patientId PatientID, unique with the issuer
 * @param issuerOfPatientId IssuerOfPatientID, optional
 * @param patientName PatientName, {@code Family^Given^Middle^Prefix^Suffix}
 * @param patientBirthDate PatientBirthDate, {@code YYYY-MM-DD}
 * @param patientSex PatientSex: {@code M}, {@code F} or {@code O}
 * @param patientComments PatientComments
 */
public record PatientRequest(
		@NotBlank @Size(max = 64) @Pattern(regexp = DicomValues.LONG_STRING,
				message = DicomValues.LONG_STRING_MESSAGE) String patientId,
		@Size(max = 64) @Pattern(regexp = DicomValues.LONG_STRING,
				message = DicomValues.LONG_STRING_MESSAGE) String issuerOfPatientId,
		@NotBlank @Size(max = 324) @Pattern(regexp = DicomValues.PERSON_NAME,
				message = DicomValues.PERSON_NAME_MESSAGE) String patientName,
		@PastOrPresent @PlausibleDate LocalDate patientBirthDate,
		@Pattern(regexp = "[MFO]", message = "must be M, F or O") String patientSex,
		@Size(max = 2000) @Pattern(regexp = DicomValues.TEXT,
				message = DicomValues.TEXT_MESSAGE) String patientComments) {
}
