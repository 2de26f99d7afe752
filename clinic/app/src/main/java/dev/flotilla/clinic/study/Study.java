package dev.flotilla.clinic.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import dev.flotilla.clinic.patient.PatientStudies;

/**
 * A study row; never sent as is (see {@link StudyResponse}).
 *
 * @param id the database key
 * @param patient the patient's database key
 * @param studyInstanceUid StudyInstanceUID (0020,000D)
 * @param studyDate StudyDate (0008,0020)
 * @param studyTime StudyTime (0008,0030)
 * @param accessionNumber AccessionNumber (0008,0050)
 * @param studyId StudyID (0020,0010)
 * @param description StudyDescription (0008,1030)
 * @param referringPhysicianName ReferringPhysicianName (0008,0090)
 * @param modalities ModalitiesInStudy (0008,0061)
 * @param patientAge PatientAge (0010,1010)
 * @param patientSize PatientSize (0010,1020), metres
 * @param patientWeight PatientWeight (0010,1030), kilograms
 * @param numberOfSeries NumberOfStudyRelatedSeries (0020,1206)
 * @param numberOfInstances NumberOfStudyRelatedInstances (0020,1208)
 */
public record Study(long id, long patient, String studyInstanceUid, LocalDate studyDate, LocalTime studyTime,
		String accessionNumber, String studyId, String description, String referringPhysicianName,
		List<String> modalities, String patientAge, BigDecimal patientSize, BigDecimal patientWeight,
		Integer numberOfSeries, Integer numberOfInstances) implements PatientStudies.Summary {

	public Study {
		modalities = List.copyOf(modalities);
	}

}
