package dev.flotilla.clinic.patient;

import java.time.LocalDate;

/**
 * A patient row; never sent as is (see {@link PatientResponse}).
 *
 * @param id the database key
 * @param patientId DICOM PatientID (0010,0020)
 * @param issuerOfPatientId DICOM IssuerOfPatientID (0010,0021), empty when none
 * @param patientName DICOM PatientName (0010,0010) in PN form
 * @param birthDate DICOM PatientBirthDate (0010,0030)
 * @param sex DICOM PatientSex (0010,0040): M, F or O
 * @param comments DICOM PatientComments (0010,4000)
 */
public record Patient(long id, String patientId, String issuerOfPatientId, String patientName, LocalDate birthDate,
		String sex, String comments) {
}
