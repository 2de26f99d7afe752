package dev.flotilla.factory.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.flotilla.factory.build.BuildConsole;
import dev.flotilla.factory.build.BuildConsole.BuildView;
import dev.flotilla.factory.project.PageRequest;
import dev.flotilla.factory.project.Project;
import dev.flotilla.factory.project.ProjectCatalog;

/**
 * The projects list (search, paging, creation) and a project's page (its builds, and
 * starting, cancelling or retrying one).
 */
@Controller
class ProjectPages {

	static final int PER_PAGE = 10;

	/** The API's rules for a project ({@code POST /projects}), with French messages. */
	private static final Pattern PRINTABLE = Pattern.compile("\\P{Cc}*");

	private static final Pattern REPO = Pattern.compile("(https?|ssh|git)://\\S+|git@[\\w.-]+:\\S+|file:/\\S+");

	private final ProjectCatalog projects;

	private final BuildConsole builds;

	ProjectPages(ProjectCatalog projects, BuildConsole builds) {
		this.projects = projects;
		this.builds = builds;
	}

	@GetMapping({ "/ui", "/ui/" })
	String home() {
		return "redirect:/ui/projects";
	}

	@GetMapping("/ui/projects")
	String list(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", defaultValue = "1") String page, Model model) {
		int number = pageNumber(page);
		ProjectCatalog.Page found = this.projects.search(query, new PageRequest(number, PER_PAGE));
		List<Row> rows = found.items()
			.stream()
			.map((project) -> new Row(project, this.builds.latest(project.id()).orElse(null)))
			.toList();
		long pages = Math.max(1, (found.total() + PER_PAGE - 1) / PER_PAGE);
		model.addAttribute("rows", rows);
		model.addAttribute("total", found.total());
		model.addAttribute("q", (query != null) ? query.strip() : "");
		model.addAttribute("page", number);
		model.addAttribute("pages", pages);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ProjectForm("", ""));
			model.addAttribute("errors", Map.of());
		}
		return "console/projects";
	}

	@PostMapping("/ui/projects")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String repo,
			Model model, RedirectAttributes redirect) {
		ProjectForm form = new ProjectForm(name.strip(), repo.strip());
		Map<String, String> errors = form.errors();
		if (errors.isEmpty()) {
			Project created = this.projects.create(form.name(), form.repo()).orElse(null);
			if (created != null) {
				redirect.addFlashAttribute("message", "Projet « " + created.name() + " » créé.");
				return "redirect:/ui/projects/" + created.id();
			}
			errors = Map.of("name", "Un projet avec ce nom existe déjà");
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return list(null, "1", model);
	}

	@GetMapping("/ui/projects/{id}")
	String project(@PathVariable long id, @RequestParam(name = "page", defaultValue = "1") String page, Model model) {
		Project project = find(id);
		int number = pageNumber(page);
		long total = this.builds.count(id);
		model.addAttribute("project", project);
		model.addAttribute("builds", this.builds.page(id, new PageRequest(number, PER_PAGE)));
		model.addAttribute("total", total);
		model.addAttribute("page", number);
		model.addAttribute("pages", Math.max(1, (total + PER_PAGE - 1) / PER_PAGE));
		return "console/project";
	}

	@PostMapping("/ui/projects/{id}/builds")
	String trigger(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		BuildView build = this.builds.trigger(id, user.getName()).orElseThrow(() -> projectNotFound(id));
		redirect.addFlashAttribute("message", "Build n° " + build.number() + " lancé.");
		return "redirect:/ui/projects/" + id + "/builds/" + build.number();
	}

	@PostMapping("/ui/projects/{id}/builds/{number}/cancel")
	String cancel(@PathVariable long id, @PathVariable int number, Authentication user, RedirectAttributes redirect) {
		BuildView build = this.builds.find(id, number).orElseThrow(() -> buildNotFound(id, number));
		if (this.builds.cancel(id, number, user.getName())) {
			redirect.addFlashAttribute("message", "Build n° " + number + " annulé.");
		}
		else {
			redirect.addFlashAttribute("problem", "Le build n° " + number + " est déjà terminé.");
		}
		return "redirect:/ui/projects/" + id + "/builds/" + build.number();
	}

	@PostMapping("/ui/projects/{id}/builds/{number}/retry")
	String retry(@PathVariable long id, @PathVariable int number, Authentication user, RedirectAttributes redirect) {
		this.builds.find(id, number).orElseThrow(() -> buildNotFound(id, number));
		BuildView retried = this.builds.retry(id, number, user.getName()).orElse(null);
		if (retried == null) {
			redirect.addFlashAttribute("problem", "Le build n° " + number + " n’est pas encore terminé.");
			return "redirect:/ui/projects/" + id + "/builds/" + number;
		}
		redirect.addFlashAttribute("message",
				"Build n° " + retried.number() + " lancé (relance du n° " + number + ").");
		return "redirect:/ui/projects/" + id + "/builds/" + retried.number();
	}

	private Project find(long id) {
		return this.projects.find(id).orElseThrow(() -> projectNotFound(id));
	}

	static ConsoleModel.NotFound projectNotFound(long id) {
		return new ConsoleModel.NotFound("Le projet n° " + id + " n’existe pas.");
	}

	static ConsoleModel.NotFound buildNotFound(long id, int number) {
		return new ConsoleModel.NotFound("Le build n° " + number + " du projet n° " + id + " n’existe pas.");
	}

	/** A page number from the query string; anything out of range is the nearest page. */
	static int pageNumber(String page) {
		try {
			return (int) Math.max(1, Math.min(PageRequest.MAX_PAGE, Long.parseLong(page.strip())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/** A project of the list with its latest build, if any. */
	record Row(Project project, BuildView lastBuild) {
	}

	/** The creation form as typed, and its errors by field. */
	record ProjectForm(String name, String repo) {

		Map<String, String> errors() {
			Map<String, String> errors = new LinkedHashMap<>();
			if (this.name.isEmpty()) {
				errors.put("name", "Le nom est obligatoire.");
			}
			else if (this.name.length() > 100 || !PRINTABLE.matcher(this.name).matches()) {
				errors.put("name", "Le nom doit compter au plus 100 caractères imprimables.");
			}
			if (this.repo.isEmpty()) {
				errors.put("repo", "Le dépôt est obligatoire.");
			}
			else if (this.repo.length() > 500 || !REPO.matcher(this.repo).matches()) {
				errors.put("repo",
						"Le dépôt doit être l’URL d’un dépôt (https://, ssh://, git:// ou git@hôte:chemin).");
			}
			return errors;
		}

	}

}
