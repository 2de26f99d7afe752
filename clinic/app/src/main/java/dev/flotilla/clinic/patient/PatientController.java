package dev.flotilla.clinic.patient;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.flotilla.clinic.audit.AuditAction;
import dev.flotilla.clinic.audit.AuditLog;
import dev.flotilla.clinic.ui.FormErrors;
import dev.flotilla.clinic.ui.UiPage;
import dev.flotilla.clinic.user.Role;

/**
 * The patient page (with its studies) and the forms to add, edit and delete a patient.
 */
@Controller
@UiPage
class PatientController {

	private final PatientService patients;

	private final PatientStudies studies;

	private final FormErrors formErrors;

	private final AuditLog audit;

	PatientController(PatientService patients, PatientStudies studies, FormErrors formErrors, AuditLog audit) {
		this.patients = patients;
		this.studies = studies;
		this.formErrors = formErrors;
		this.audit = audit;
	}

	@GetMapping("/ui/patients/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("patient", PatientResponse.of(this.patients.get(id)));
		model.addAttribute("studies", this.studies.findByPatient(id));
		this.audit.record(AuditAction.PATIENT_READ, id, null, null);
		return "patient";
	}

	@GetMapping("/ui/patients/new")
	String newForm(Model model) {
		return form(model, PatientForm.empty(), null, Map.of());
	}

	@PostMapping("/ui/patients")
	String create(@ModelAttribute PatientForm form, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		PatientRequest request = form.toRequest(errors);
		errors.putAll(this.formErrors.of(request));
		Patient created = errors.isEmpty() ? FormErrors.attempt(errors, () -> this.patients.create(request)) : null;
		if (created == null) {
			return form(model, form, null, errors);
		}
		return "redirect:/ui/patients/" + created.id();
	}

	@GetMapping("/ui/patients/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return form(model, PatientForm.of(this.patients.get(id)), id, Map.of());
	}

	@PostMapping("/ui/patients/{id}")
	String update(@PathVariable long id, @ModelAttribute PatientForm form, Model model) {
		this.patients.get(id);
		Map<String, String> errors = new LinkedHashMap<>();
		PatientRequest request = form.toRequest(errors);
		errors.putAll(this.formErrors.of(request));
		Patient updated = errors.isEmpty() ? FormErrors.attempt(errors, () -> this.patients.update(id, request)) : null;
		if (updated == null) {
			return form(model, form, id, errors);
		}
		return "redirect:/ui/patients/" + id;
	}

	@PostMapping("/ui/patients/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean cascade,
			Authentication authentication, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		FormErrors.attempt(errors, () -> {
			this.patients.delete(id, cascade, Role.ADMIN.grantedTo(authentication));
			return Boolean.TRUE;
		});
		if (!errors.isEmpty()) {
			model.addAttribute("deleteError", errors.get("global"));
			return show(id, model);
		}
		return "redirect:/ui/search";
	}

	private String form(Model model, PatientForm form, Long id, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("patientKey", id);
		model.addAttribute("errors", errors);
		return "patient-form";
	}

}
