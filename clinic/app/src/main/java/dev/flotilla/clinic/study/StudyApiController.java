package dev.flotilla.clinic.study;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.clinic.audit.AuditAction;
import dev.flotilla.clinic.audit.AuditLog;
import dev.flotilla.clinic.patient.PatientService;
import dev.flotilla.platform.openapi.ApiSecurity;

/**
 * {@code /api/studies} and a patient's studies: read (lecture), create, replace and
 * delete (modification).
 */
@RestController
@SecurityRequirement(name = ApiSecurity.SESSION)
class StudyApiController {

	private final StudyService studies;

	private final StudyRepository repository;

	private final PatientService patients;

	private final AuditLog audit;

	StudyApiController(StudyService studies, StudyRepository repository, PatientService patients, AuditLog audit) {
		this.studies = studies;
		this.repository = repository;
		this.patients = patients;
		this.audit = audit;
	}

	@GetMapping("/api/studies/{id}")
	@Operation(summary = "One study")
	StudyResponse get(@PathVariable long id) {
		Study study = this.studies.get(id);
		this.audit.record(AuditAction.STUDY_READ, study.patient(), id, null);
		return StudyResponse.of(study);
	}

	@GetMapping("/api/patients/{id}/studies")
	@Operation(summary = "A patient's studies")
	List<StudyResponse> ofPatient(@PathVariable long id) {
		this.patients.get(id);
		this.audit.record(AuditAction.PATIENT_READ, id, null, "studies");
		return this.repository.findByPatient(id).stream().map(StudyResponse::of).toList();
	}

	@PostMapping("/api/studies")
	@Operation(summary = "Create a study")
	@ApiResponse(responseCode = "201", description = "Created; Location names it")
	@ApiResponse(responseCode = "400", description = "A missing or bad attribute")
	ResponseEntity<StudyResponse> create(@Valid @RequestBody StudyRequest request) {
		Study study = this.studies.create(request);
		return ResponseEntity.created(URI.create("/api/studies/" + study.id())).body(StudyResponse.of(study));
	}

	@PutMapping("/api/studies/{id}")
	@Operation(summary = "Replace a study's attributes")
	StudyResponse update(@PathVariable long id, @Valid @RequestBody StudyRequest request) {
		return StudyResponse.of(this.studies.update(id, request));
	}

	@DeleteMapping("/api/studies/{id}")
	@Operation(summary = "Delete a study")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		this.studies.delete(id);
	}

}
