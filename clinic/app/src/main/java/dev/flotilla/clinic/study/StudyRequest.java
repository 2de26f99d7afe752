package dev.flotilla.clinic.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import dev.flotilla.clinic.dicom.DicomValues;
import dev.flotilla.clinic.dicom.PlausibleDate;

/**
 * A study as a client creates or replaces it. No {@code id}; an unknown field is
 * rejected.
 *
 * @param patient the id of the patient the study belongs to
 * @param studyInstanceUid StudyInstanceUID; generated ({@code 2.25.…}) when absent
 * @param studyDate StudyDate, {@code YYYY-MM-DD}
 * @param studyTime StudyTime, {@code HH:MM[:SS]}
 * @param accessionNumber AccessionNumber (SH, 16 characters)
 * @param studyId StudyID (SH, 16 characters)
 * @param studyDescription StudyDescription (LO, 64 characters)
 * @param referringPhysicianName ReferringPhysicianName (PN)
 * @param modalitiesInStudy ModalitiesInStudy, e.g. {@code ["CT", "MR"]}
 * @param patientAge PatientAge, e.g. {@code 042Y}
 * @param patientSize PatientSize in metres
 * @param patientWeight PatientWeight in kilograms
 * @param numberOfStudyRelatedSeries NumberOfStudyRelatedSeries
 * @param numberOfStudyRelatedInstances NumberOfStudyRelatedInstances
 */
public record StudyRequest(@NotNull @Positive Long patient,
		@Size(max = 64) @Pattern(regexp = DicomValues.UID, message = DicomValues.UID_MESSAGE) String studyInstanceUid,
		@PlausibleDate LocalDate studyDate, LocalTime studyTime,
		@Size(max = 16) @Pattern(regexp = DicomValues.LONG_STRING,
				message = DicomValues.LONG_STRING_MESSAGE) String accessionNumber,
		@Size(max = 16) @Pattern(regexp = DicomValues.LONG_STRING,
				message = DicomValues.LONG_STRING_MESSAGE) String studyId,
		@Size(max = 64) @Pattern(regexp = DicomValues.LONG_STRING,
				message = DicomValues.LONG_STRING_MESSAGE) String studyDescription,
		@Size(max = 324) @Pattern(regexp = DicomValues.PERSON_NAME,
				message = DicomValues.PERSON_NAME_MESSAGE) String referringPhysicianName,
		@Size(max = 8) List<@NotNull @Pattern(regexp = DicomValues.MODALITY,
				message = "must be a modality code such as CT or MR") String> modalitiesInStudy,
		@Pattern(regexp = DicomValues.AGE, message = "must be nnnD, nnnW, nnnM or nnnY") String patientAge,
		@DecimalMin("0.0") @Digits(integer = 1, fraction = 2) BigDecimal patientSize,
		@DecimalMin("0.0") @Digits(integer = 4, fraction = 2) BigDecimal patientWeight,
		@Min(0) @Max(100_000) Integer numberOfStudyRelatedSeries,
		@Min(0) @Max(10_000_000) Integer numberOfStudyRelatedInstances) {

	/** The modalities, never {@code null}. */
	public List<String> modalities() {
		return (this.modalitiesInStudy != null) ? this.modalitiesInStudy : List.of();
	}

}
