package dev.flotilla.clinic.study;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import dev.flotilla.clinic.audit.AuditAction;
import dev.flotilla.clinic.audit.AuditLog;
import dev.flotilla.clinic.dicom.DicomValues;
import dev.flotilla.clinic.patient.PatientService;
import dev.flotilla.platform.error.ConflictException;
import dev.flotilla.platform.error.InvalidRequestException;
import dev.flotilla.platform.error.NotFoundException;

/**
 * The rules shared by the JSON API and the UI: a study belongs to an existing patient and
 * its StudyInstanceUID is unique (generated when not given).
 */
@Service
public class StudyService {

	private final StudyRepository studies;

	private final PatientService patients;

	private final AuditLog audit;

	StudyService(StudyRepository studies, PatientService patients, AuditLog audit) {
		this.studies = studies;
		this.patients = patients;
		this.audit = audit;
	}

	public Study get(long id) {
		return this.studies.findById(id).orElseThrow(() -> new NotFoundException("No study with id " + id));
	}

	public Optional<Study> findByUid(String uid) {
		return this.studies.findIdByUid(uid).flatMap(this.studies::findById);
	}

	public Study create(StudyRequest request) {
		checkPatient(request);
		String uid = (request.studyInstanceUid() != null) ? request.studyInstanceUid() : DicomValues.newUid();
		checkUnique(uid, null);
		try {
			long id = this.studies.insert(uid, request);
			this.audit.record(AuditAction.STUDY_CREATE, request.patient(), id, uid);
			return get(id);
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(uid);
		}
	}

	public Study update(long id, StudyRequest request) {
		Study current = get(id);
		checkPatient(request);
		String uid = (request.studyInstanceUid() != null) ? request.studyInstanceUid() : current.studyInstanceUid();
		checkUnique(uid, id);
		try {
			this.studies.update(id, uid, request);
			this.audit.record(AuditAction.STUDY_UPDATE, request.patient(), id, uid);
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(uid);
		}
		return get(id);
	}

	public void delete(long id) {
		Study study = get(id);
		if (!this.studies.delete(id)) {
			throw new NotFoundException("No study with id " + id);
		}
		this.audit.record(AuditAction.STUDY_DELETE, study.patient(), id, study.studyInstanceUid());
	}

	private void checkPatient(StudyRequest request) {
		if (!this.patients.exists(request.patient())) {
			throw new InvalidRequestException("unknown_patient", "No patient with id " + request.patient());
		}
	}

	private void checkUnique(String uid, Long self) {
		this.studies.findIdByUid(uid).filter((existing) -> !existing.equals(self)).ifPresent((existing) -> {
			throw duplicate(uid);
		});
	}

	private static ConflictException duplicate(String uid) {
		return new ConflictException("duplicate_study_instance_uid",
				"A study with StudyInstanceUID " + uid + " already exists");
	}

}
