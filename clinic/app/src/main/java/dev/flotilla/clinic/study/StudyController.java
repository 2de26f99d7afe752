package dev.flotilla.clinic.study;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dev.flotilla.clinic.audit.AuditAction;
import dev.flotilla.clinic.audit.AuditLog;
import dev.flotilla.clinic.patient.PatientResponse;
import dev.flotilla.clinic.patient.PatientService;
import dev.flotilla.clinic.ui.FormErrors;
import dev.flotilla.clinic.ui.UiPage;

/**
 * The study page and the forms to add (to a patient), edit and delete a study.
 */
@Controller
@UiPage
class StudyController {

	private final StudyService studies;

	private final PatientService patients;

	private final FormErrors formErrors;

	private final AuditLog audit;

	StudyController(StudyService studies, PatientService patients, FormErrors formErrors, AuditLog audit) {
		this.studies = studies;
		this.patients = patients;
		this.formErrors = formErrors;
		this.audit = audit;
	}

	@GetMapping("/ui/studies/{id}")
	String show(@PathVariable long id, Model model) {
		Study study = this.studies.get(id);
		model.addAttribute("study", study);
		model.addAttribute("patient", PatientResponse.of(this.patients.get(study.patient())));
		this.audit.record(AuditAction.STUDY_READ, study.patient(), id, null);
		return "study";
	}

	@GetMapping("/ui/patients/{patient}/studies/new")
	String newForm(@PathVariable long patient, Model model) {
		return form(model, patient, null, StudyForm.empty(), Map.of());
	}

	@PostMapping("/ui/patients/{patient}/studies")
	String create(@PathVariable long patient, @ModelAttribute StudyForm form, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		StudyRequest request = form.toRequest(patient, errors);
		errors.putAll(this.formErrors.of(request));
		Study created = errors.isEmpty() ? FormErrors.attempt(errors, () -> this.studies.create(request)) : null;
		if (created == null) {
			return form(model, patient, null, form, errors);
		}
		return "redirect:/ui/patients/" + patient;
	}

	@GetMapping("/ui/studies/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Study study = this.studies.get(id);
		return form(model, study.patient(), id, StudyForm.of(study), Map.of());
	}

	@PostMapping("/ui/studies/{id}")
	String update(@PathVariable long id, @ModelAttribute StudyForm form, Model model) {
		Study current = this.studies.get(id);
		Map<String, String> errors = new LinkedHashMap<>();
		StudyRequest request = form.toRequest(current.patient(), errors);
		errors.putAll(this.formErrors.of(request));
		Study updated = errors.isEmpty() ? FormErrors.attempt(errors, () -> this.studies.update(id, request)) : null;
		if (updated == null) {
			return form(model, current.patient(), id, form, errors);
		}
		return "redirect:/ui/studies/" + id;
	}

	@PostMapping("/ui/studies/{id}/delete")
	String delete(@PathVariable long id) {
		Study study = this.studies.get(id);
		this.studies.delete(id);
		return "redirect:/ui/patients/" + study.patient();
	}

	private String form(Model model, long patient, Long id, StudyForm form, Map<String, String> errors) {
		model.addAttribute("patient", PatientResponse.of(this.patients.get(patient)));
		model.addAttribute("studyKey", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "study-form";
	}

}
