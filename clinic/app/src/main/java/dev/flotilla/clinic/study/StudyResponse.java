package dev.flotilla.clinic.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A study as the API shows it.
 *
 * @param id the server's key, used in {@code /api/studies/{id}}
 * @param patient the patient's id
 * @param studyInstanceUid StudyInstanceUID
 * @param studyDate StudyDate
 * @param studyTime StudyTime
 * @param accessionNumber AccessionNumber
 * @param studyId StudyID
 * @param studyDescription StudyDescription
 * @param referringPhysicianName ReferringPhysicianName
 * @param modalitiesInStudy ModalitiesInStudy
 * @param patientAge PatientAge
 * @param patientSize PatientSize
 * @param patientWeight PatientWeight
 * @param numberOfStudyRelatedSeries NumberOfStudyRelatedSeries
 * @param numberOfStudyRelatedInstances NumberOfStudyRelatedInstances
 */
@NullMarked
record StudyResponse(long id, long patient, String studyInstanceUid, @Nullable LocalDate studyDate,
		@Nullable LocalTime studyTime, @Nullable String accessionNumber, @Nullable String studyId,
		@Nullable String studyDescription, @Nullable String referringPhysicianName, List<String> modalitiesInStudy,
		@Nullable String patientAge, @Nullable BigDecimal patientSize, @Nullable BigDecimal patientWeight,
		@Nullable Integer numberOfStudyRelatedSeries, @Nullable Integer numberOfStudyRelatedInstances) {

	StudyResponse {
		modalitiesInStudy = List.copyOf(modalitiesInStudy);
	}

	static StudyResponse of(Study study) {
		return new StudyResponse(study.id(), study.patient(), study.studyInstanceUid(), study.studyDate(),
				study.studyTime(), study.accessionNumber(), study.studyId(), study.description(),
				study.referringPhysicianName(), study.modalities(), study.patientAge(), study.patientSize(),
				study.patientWeight(), study.numberOfSeries(), study.numberOfInstances());
	}

}
