package dev.flotilla.studentsweb.student;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import dev.flotilla.studentsweb.student.StudentsApiException.Problem;

/**
 * The seed's page. "List Student" is a GET form (reading changes nothing, so it needs no
 * token, survives a reload and can be bookmarked) open to everyone, as in the seed, read
 * with the page's credentials. Adding, editing and deleting need a user signed in on the
 * page (the security configuration refuses them otherwise) and are sent to the API with
 * that user's credentials: POST forms with CSRF tokens, answered by a redirect and a
 * flash message (Post/Redirect/Get). Deleting asks first, on a page of its own.
 */
@Controller
class StudentController {

	static final String VIEW = "students";

	static final String CONFIRM_DELETE = "delete";

	static final String FORM = "studentForm";

	private final StudentsApiClient api;

	StudentController(StudentsApiClient api) {
		this.api = api;
	}

	@InitBinder(FORM)
	void trimFields(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@ModelAttribute("user")
	@Nullable String user(@AuthenticationPrincipal @Nullable ApiCredentials user) {
		return (user != null) ? user.username() : null;
	}

	@GetMapping("/")
	String home(Model model) {
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, StudentForm.EMPTY);
		}
		return VIEW;
	}

	@GetMapping("/students")
	String list(@RequestParam(required = false) @Nullable String edit,
			@AuthenticationPrincipal @Nullable ApiCredentials user, Model model) {
		List<Student> students = loadStudents(model);
		if (!model.containsAttribute(FORM)) {
			Student edited = (edit != null && user != null) ? find(students, edit) : null;
			if (edit != null && user != null && edited == null && model.getAttribute("students") != null) {
				model.addAttribute("failure", "« " + edit + " » n'existe pas (ou plus) dans l'API.");
			}
			model.addAttribute(FORM, (edited != null)
					? new StudentForm(edited.name(), parseAge(edited.age()), edited.name()) : StudentForm.EMPTY);
		}
		return VIEW;
	}

	@PostMapping("/students")
	String save(@Valid @ModelAttribute(FORM) StudentForm form, BindingResult binding,
			@AuthenticationPrincipal ApiCredentials user, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			loadStudents(model);
			return VIEW;
		}
		String name = Objects.requireNonNull(form.name());
		int age = Objects.requireNonNull(form.age());
		try {
			if (form.renames()) {
				String original = Objects.requireNonNull(form.original());
				this.api.rename(user, original, name, age);
				redirect.addFlashAttribute("notice", original + " a été renommé(e) en " + name + " : " + age + " ans.");
			}
			else {
				boolean created = this.api.save(user, name, age);
				redirect.addFlashAttribute("notice",
						name + (created ? " a été ajouté(e)" : " a été modifié(e)") + " : " + age + " ans.");
			}
			return "redirect:/students";
		}
		catch (StudentsApiException ex) {
			if (ex.problem() == Problem.CONFLICT) {
				binding.rejectValue("name", "conflict", Objects.requireNonNullElse(ex.getMessage(), ""));
			}
			else if (ex.problem() == Problem.REJECTED) {
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

	@GetMapping("/students/delete")
	String confirmDelete(@RequestParam String name, Model model, RedirectAttributes redirect) {
		List<Student> students = loadStudents(model);
		Student student = find(students, name);
		if (student == null) {
			redirect.addFlashAttribute("failure", Objects.requireNonNullElse((String) model.getAttribute("failure"),
					"« " + name + " » n'existe pas (ou plus) dans l'API."));
			return "redirect:/students";
		}
		model.addAttribute("student", student);
		return CONFIRM_DELETE;
	}

	@PostMapping("/students/delete")
	String delete(@RequestParam String name, @AuthenticationPrincipal ApiCredentials user,
			RedirectAttributes redirect) {
		try {
			this.api.delete(user, name);
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
