package dev.flotilla.clinic.search;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A study found by a study-level search, with its patient's identity.
 *
 * @param id the study's id
 * @param patient the patient's id
 * @param patientId PatientID
 * @param patientName PatientName
 * @param studyInstanceUid StudyInstanceUID
 * @param studyDate StudyDate
 * @param studyTime StudyTime
 * @param accessionNumber AccessionNumber
 * @param studyDescription StudyDescription
 * @param modalitiesInStudy ModalitiesInStudy
 */
@NullMarked
record StudyHit(long id, long patient, String patientId, String patientName, String studyInstanceUid,
		@Nullable LocalDate studyDate, @Nullable LocalTime studyTime, @Nullable String accessionNumber,
		@Nullable String studyDescription, List<String> modalitiesInStudy) {

	StudyHit {
		modalitiesInStudy = List.copyOf(modalitiesInStudy);
	}

}
