package dev.flotilla.studentsweb.student;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The seed's page. "List Student" is a GET form (reading changes nothing, so it needs no
 * CSRF token, survives a reload and can be bookmarked); add/change and delete are POST
 * forms with CSRF tokens, answered by a redirect and a flash message (Post/Redirect/Get).
 */
@Controller
class StudentController {

	static final String VIEW = "students";

	static final String FORM = "studentForm";

	private final StudentsApiClient api;

	StudentController(StudentsApiClient api) {
		this.api = api;
	}

	@InitBinder(FORM)
	void trimFields(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/")
	String home(Model model) {
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, StudentForm.EMPTY);
		}
		return VIEW;
	}

	@GetMapping("/students")
	String list(@RequestParam(required = false) @Nullable String edit, Model model) {
		List<Student> students = loadStudents(model);
		if (!model.containsAttribute(FORM)) {
			Student edited = (edit != null) ? find(students, edit) : null;
			model.addAttribute(FORM,
					(edited != null) ? new StudentForm(edited.name(), parseAge(edited.age())) : StudentForm.EMPTY);
		}
		return VIEW;
	}

	@PostMapping("/students")
	String save(@Valid @ModelAttribute(FORM) StudentForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			loadStudents(model);
			return VIEW;
		}
		String name = Objects.requireNonNull(form.name());
		int age = Objects.requireNonNull(form.age());
		try {
			boolean created = this.api.save(name, age);
			redirect.addFlashAttribute("notice",
					name + (created ? " a été ajouté(e)" : " a été modifié(e)") + " : " + age + " ans.");
			return "redirect:/students";
		}
		catch (StudentsApiException ex) {
			if (ex.problem() == StudentsApiException.Problem.REJECTED) {
				binding.reject("api", Objects.requireNonNullElse(ex.getMessage(), ""));
			}
			else {
				model.addAttribute("failure", ex.getMessage());
			}
			if (ex.apiAvailable()) {
				loadStudents(model);
			}
			return VIEW;
		}
	}

	@PostMapping("/students/delete")
	String delete(@RequestParam String name, RedirectAttributes redirect) {
		try {
			this.api.delete(name);
			redirect.addFlashAttribute("notice", name + " a été supprimé(e).");
		}
		catch (StudentsApiException ex) {
			redirect.addFlashAttribute("failure", ex.getMessage());
		}
		return "redirect:/students";
	}

	/** Puts the students, or the reason they cannot be shown, into the model. */
	private List<Student> loadStudents(Model model) {
		try {
			List<Student> students = this.api.list();
			model.addAttribute("students", students);
			return students;
		}
		catch (StudentsApiException ex) {
			// A failure already reported (say, of the save before) is the one to show.
			if (!model.containsAttribute("failure")) {
				model.addAttribute("failure", ex.getMessage());
			}
			return List.of();
		}
	}

	private static @Nullable Student find(List<Student> students, String name) {
		return students.stream().filter((student) -> student.name().equals(name)).findFirst().orElse(null);
	}

	private static @Nullable Integer parseAge(String age) {
		try {
			return Integer.valueOf(age.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
