package dev.flotilla.clinic.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.clinic.audit.AuditLog.AuditPage;

/**
 * {@code GET /api/audit}: the audit trail for admins, newest first, filtered by user,
 * action and patient. Read only: no route changes an event.
 */
@RestController
class AuditApiController {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/api/audit")
	AuditPage events(@RequestParam(required = false) String username,
			@RequestParam(required = false) AuditAction action, @RequestParam(required = false) Long patient,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
		return this.audit.find(AuditController.filter(username, action, patient, limit, offset));
	}

}
