package dev.flotilla.clinic.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.clinic.audit.AuditLog.AuditPage;
import dev.flotilla.platform.openapi.ApiSecurity;

/**
 * {@code GET /api/audit}: the audit trail for admins, newest first, filtered by user,
 * action and patient. Read only: no route changes an event.
 */
@RestController
@SecurityRequirement(name = ApiSecurity.SESSION)
class AuditApiController {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/api/audit")
	@Operation(summary = "The audit trail, newest first, filtered (admin)")
	AuditPage events(@RequestParam(required = false) String username,
			@RequestParam(required = false) AuditAction action, @RequestParam(required = false) Long patient,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
		return this.audit.find(AuditController.filter(username, action, patient, limit, offset));
	}

}
