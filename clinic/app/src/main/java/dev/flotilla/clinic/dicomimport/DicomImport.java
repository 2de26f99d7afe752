package dev.flotilla.clinic.dicomimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.flotilla.clinic.patient.Patient;
import dev.flotilla.clinic.patient.PatientRequest;
import dev.flotilla.clinic.patient.PatientService;
import dev.flotilla.clinic.study.Study;
import dev.flotilla.clinic.study.StudyRequest;
import dev.flotilla.clinic.study.StudyService;
import dev.flotilla.clinic.ui.FormErrors;
import dev.flotilla.platform.error.InvalidRequestException;

/**
 * Creates or updates the patient (by PatientID and issuer) and the study (by
 * StudyInstanceUID) that a DICOM header describes; a study's modalities gather those of
 * every file imported into it.
 */
@Service
class DicomImport {

	private static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private final PatientService patients;

	private final StudyService studies;

	private final FormErrors validation;

	DicomImport(PatientService patients, StudyService studies, FormErrors validation) {
		this.patients = patients;
		this.studies = studies;
		this.validation = validation;
	}

	/**
	 * Import the headers of several files, all or nothing.
	 * @param files file name → header
	 * @return what each file created or updated
	 */
	@Transactional
	List<ImportResult> importAll(Map<String, DicomHeader> files) {
		List<ImportResult> results = new ArrayList<>();
		files.forEach((name, header) -> results.add(importOne(name, header)));
		return results;
	}

	private ImportResult importOne(String file, DicomHeader header) {
		PatientRequest patientRequest = new PatientRequest(header.get("PatientID"), header.get("IssuerOfPatientID"),
				alphabetic(header.get("PatientName")), date(file, header.get("PatientBirthDate")),
				blankToNull(header.get("PatientSex")), null);
		check(file, patientRequest);
		Patient patient = this.patients.findByPatientId(patientRequest.patientId(), patientRequest.issuerOfPatientId())
			.map((existing) -> this.patients.update(existing.id(),
					new PatientRequest(existing.patientId(), patientRequest.issuerOfPatientId(),
							patientRequest.patientName(), patientRequest.patientBirthDate(),
							patientRequest.patientSex(), existing.comments())))
			.orElseGet(() -> this.patients.create(patientRequest));
		String uid = header.get("StudyInstanceUID");
		Study existing = (uid != null) ? this.studies.findByUid(uid).orElse(null) : null;
		Set<String> modalities = new LinkedHashSet<>((existing != null) ? existing.modalities() : List.of());
		if (header.get("Modality") != null && !header.get("Modality").isBlank()) {
			modalities.add(header.get("Modality"));
		}
		StudyRequest studyRequest = new StudyRequest(patient.id(), uid, date(file, header.get("StudyDate")),
				time(header.get("StudyTime")), blankToNull(header.get("AccessionNumber")),
				blankToNull(header.get("StudyID")), blankToNull(header.get("StudyDescription")),
				blankToNull(alphabetic(header.get("ReferringPhysicianName"))), List.copyOf(modalities),
				blankToNull(header.get("PatientAge")), decimal(header.get("PatientSize")),
				decimal(header.get("PatientWeight")), (existing != null) ? existing.numberOfSeries() : null,
				(existing != null) ? existing.numberOfInstances() : null);
		check(file, studyRequest);
		Study study = (existing != null) ? this.studies.update(existing.id(), studyRequest)
				: this.studies.create(studyRequest);
		return new ImportResult(file, patient.id(), study.id(), study.studyInstanceUid(), existing == null);
	}

	private void check(String file, Object request) {
		Map<String, String> errors = this.validation.of(request);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("invalid_dicom_attributes", file + ": " + errors);
		}
	}

	/** The alphabetic group of a PN (before any ideographic or phonetic '=' group). */
	private static String alphabetic(String name) {
		if (name == null) {
			return null;
		}
		int equals = name.indexOf('=');
		return (equals >= 0) ? name.substring(0, equals) : name;
	}

	private static LocalDate date(String file, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip(), DA);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("invalid_dicom_attributes", file + ": not a DICOM date: " + value);
		}
	}

	/** TM {@code HH[MM[SS[.FFFFFF]]]}: to the second, or nothing when unreadable. */
	static LocalTime time(String value) {
		if (value == null) {
			return null;
		}
		String text = value.strip();
		int dot = text.indexOf('.');
		String whole = (dot >= 0) ? text.substring(0, dot) : text;
		String fraction = (dot >= 0) ? text.substring(dot + 1) : "";
		if ((whole.length() != 2 && whole.length() != 4 && whole.length() != 6) || fraction.length() > 6
				|| !digits(whole) || !digits(fraction) || (dot >= 0 && whole.length() != 6)) {
			return null;
		}
		int hours = Integer.parseInt(whole.substring(0, 2));
		int minutes = (whole.length() >= 4) ? Integer.parseInt(whole.substring(2, 4)) : 0;
		int seconds = (whole.length() == 6) ? Integer.parseInt(whole.substring(4, 6)) : 0;
		return (hours < 24 && minutes < 60 && seconds < 60) ? LocalTime.of(hours, minutes, seconds) : null;
	}

	private static boolean digits(String text) {
		return text.chars().allMatch((c) -> c >= '0' && c <= '9');
	}

	private static BigDecimal decimal(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/**
	 * What one file did.
	 *
	 * @param file the file's name
	 * @param patient the patient's id
	 * @param study the study's id
	 * @param studyInstanceUid the study's UID
	 * @param studyCreated whether the study is new
	 */
	record ImportResult(String file, long patient, long study, String studyInstanceUid, boolean studyCreated) {
	}

}
