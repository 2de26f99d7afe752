package dev.flotilla.clinic.patient;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.clinic.audit.AuditAction;
import dev.flotilla.clinic.audit.AuditLog;
import dev.flotilla.clinic.user.Role;
import dev.flotilla.platform.openapi.ApiSecurity;

/**
 * {@code /api/patients}: read (lecture), create, replace and delete (modification).
 */
@RestController
@SecurityRequirement(name = ApiSecurity.SESSION)
@RequestMapping("/api/patients")
class PatientApiController {

	private final PatientService patients;

	private final AuditLog audit;

	PatientApiController(PatientService patients, AuditLog audit) {
		this.patients = patients;
		this.audit = audit;
	}

	@GetMapping("/{id}")
	@Operation(summary = "One patient")
	PatientResponse get(@PathVariable long id) {
		PatientResponse patient = PatientResponse.of(this.patients.get(id));
		this.audit.record(AuditAction.PATIENT_READ, id, null, null);
		return patient;
	}

	@PostMapping
	@Operation(summary = "Create a patient")
	@ApiResponse(responseCode = "201", description = "Created; Location names it")
	@ApiResponse(responseCode = "400", description = "A missing or bad attribute")
	ResponseEntity<PatientResponse> create(@Valid @RequestBody PatientRequest request) {
		Patient patient = this.patients.create(request);
		return ResponseEntity.created(URI.create("/api/patients/" + patient.id())).body(PatientResponse.of(patient));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a patient's attributes")
	PatientResponse update(@PathVariable long id, @Valid @RequestBody PatientRequest request) {
		return PatientResponse.of(this.patients.update(id, request));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a patient (with cascade=true, its studies too)")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean cascade,
			Authentication authentication) {
		this.patients.delete(id, cascade, Role.ADMIN.grantedTo(authentication));
	}

}
