package dev.flotilla.clinic.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.flotilla.clinic.audit.AuditLog.AuditFilter;
import dev.flotilla.clinic.audit.AuditLog.AuditPage;
import dev.flotilla.clinic.ui.UiPage;
import dev.flotilla.platform.error.InvalidRequestException;

/**
 * The admin's page of the audit trail, {@code /ui/admin/audit}, filtered by user, action
 * and patient. Read only: no route changes an event.
 */
@Controller
@UiPage
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/ui/admin/audit")
	String page(@RequestParam(required = false) String username, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) Long patient, @RequestParam(defaultValue = "0") int offset, Model model) {
		AuditFilter filter = filter(username, action, patient, 50, offset);
		AuditPage page = this.audit.find(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("page", page);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("previousOffset", (offset > 0) ? Math.max(0, offset - 50) : null);
		model.addAttribute("nextOffset", (offset + 50 < page.total()) ? offset + 50 : null);
		return "admin/audit";
	}

	static AuditFilter filter(String username, AuditAction action, Long patient, int limit, int offset) {
		if (limit < 1 || limit > 500 || offset < 0 || offset > 1_000_000) {
			throw new InvalidRequestException("invalid_parameter",
					"'limit' must be 1 to 500 and 'offset' 0 to 1000000");
		}
		String user = (username == null || username.isBlank()) ? null : username.strip();
		if (user != null && user.length() > 64) {
			throw new InvalidRequestException("invalid_parameter", "'username' must be at most 64 characters");
		}
		return new AuditFilter(user, action, patient, limit, offset);
	}

}
