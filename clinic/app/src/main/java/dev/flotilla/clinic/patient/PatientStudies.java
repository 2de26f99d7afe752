package dev.flotilla.clinic.patient;

import java.time.LocalDate;
import java.util.List;

/**
 * The studies of a patient, as the patient page lists them. The study feature provides
 * it: a study belongs to a patient, so the features depend on each other in that
 * direction only.
 */
public interface PatientStudies {

	/**
	 * A patient's studies.
	 * @param patient the patient's id
	 * @return the studies, the most recent first
	 */
	List<? extends Summary> findByPatient(long patient);

	/**
	 * What the patient page shows of a study.
	 */
	interface Summary {

		long id();

		LocalDate studyDate();

		String accessionNumber();

		String description();

		List<String> modalities();

		Integer numberOfSeries();

		Integer numberOfInstances();

	}

}
