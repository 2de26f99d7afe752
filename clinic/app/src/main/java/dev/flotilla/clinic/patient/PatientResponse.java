package dev.flotilla.clinic.patient;

import java.time.LocalDate;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A patient as the API shows it.
 *
 * @param id the server's key, used in {@code /api/patients/{id}}
 * @param patientId PatientID
 * @param issuerOfPatientId IssuerOfPatientID, {@code null} when none
 * @param patientName PatientName
 * @param patientBirthDate PatientBirthDate
 * @param patientSex PatientSex
 * @param patientComments PatientComments
 */
@NullMarked
public record PatientResponse(long id, String patientId, @Nullable String issuerOfPatientId, String patientName,
		@Nullable LocalDate patientBirthDate, @Nullable String patientSex, @Nullable String patientComments) {

	public static PatientResponse of(Patient patient) {
		String issuer = patient.issuerOfPatientId().isEmpty() ? null : patient.issuerOfPatientId();
		return new PatientResponse(patient.id(), patient.patientId(), issuer, patient.patientName(),
				patient.birthDate(), patient.sex(), patient.comments());
	}

}
