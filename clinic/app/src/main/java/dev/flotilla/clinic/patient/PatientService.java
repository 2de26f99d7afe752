package dev.flotilla.clinic.patient;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import dev.flotilla.clinic.audit.AuditAction;
import dev.flotilla.clinic.audit.AuditLog;
import dev.flotilla.platform.error.ApiException;
import dev.flotilla.platform.error.ConflictException;
import dev.flotilla.platform.error.NotFoundException;

/**
 * The rules shared by the JSON API and the UI: a PatientID is unique per issuer, and a
 * patient who has studies is deleted only when an admin asks for the cascade.
 */
@Service
public class PatientService {

	private final PatientRepository patients;

	private final AuditLog audit;

	PatientService(PatientRepository patients, AuditLog audit) {
		this.patients = patients;
		this.audit = audit;
	}

	public Patient get(long id) {
		return this.patients.findById(id).orElseThrow(() -> notFound(id));
	}

	/**
	 * Whether a patient exists.
	 * @param id the patient's id
	 * @return whether there is a patient with that id
	 */
	public boolean exists(long id) {
		return this.patients.findById(id).isPresent();
	}

	public Optional<Patient> findByPatientId(String patientId, String issuer) {
		return this.patients.findByPatientId(patientId, issuer);
	}

	public Patient create(PatientRequest request) {
		checkUnique(request, null);
		try {
			long id = this.patients.insert(request);
			this.audit.record(AuditAction.PATIENT_CREATE, id, null, request.patientId());
			return get(id);
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(request);
		}
	}

	public Patient update(long id, PatientRequest request) {
		get(id);
		checkUnique(request, id);
		try {
			this.patients.update(id, request);
			this.audit.record(AuditAction.PATIENT_UPDATE, id, null, request.patientId());
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(request);
		}
		return get(id);
	}

	/**
	 * Delete a patient.
	 * @param id the patient
	 * @param cascade whether to delete the patient's studies too
	 * @param admin whether the caller is an admin (only an admin may cascade)
	 */
	public void delete(long id, boolean cascade, boolean admin) {
		get(id);
		if (cascade && !admin) {
			throw new ApiException(HttpStatus.FORBIDDEN, "forbidden",
					"Only an admin may delete a patient together with their studies");
		}
		long studies = this.patients.countStudies(id);
		if (studies > 0 && !cascade) {
			throw new ConflictException("patient_has_studies",
					"The patient has " + studies + " studies; delete them first, or (admin only) ask for cascade=true");
		}
		this.patients.delete(id, cascade);
		this.audit.record(AuditAction.PATIENT_DELETE, id, null, (studies > 0) ? "with " + studies + " studies" : null);
	}

	private void checkUnique(PatientRequest request, Long self) {
		this.patients.findByPatientId(request.patientId().strip(), request.issuerOfPatientId())
			.filter((existing) -> self == null || existing.id() != self)
			.ifPresent((existing) -> {
				throw duplicate(request);
			});
	}

	private static ConflictException duplicate(PatientRequest request) {
		return new ConflictException("duplicate_patient_id",
				"A patient with PatientID '" + request.patientId() + "' already exists for this issuer");
	}

	static NotFoundException notFound(long id) {
		return new NotFoundException("No patient with id " + id);
	}

}
