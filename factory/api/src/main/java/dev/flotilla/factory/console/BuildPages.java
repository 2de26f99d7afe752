package dev.flotilla.factory.console;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.flotilla.factory.build.BuildConsole;
import dev.flotilla.factory.build.BuildConsole.BuildView;
import dev.flotilla.factory.project.Project;
import dev.flotilla.factory.project.ProjectCatalog;

/**
 * A build's page, and for its script the API's log stream and incremental log, and the
 * build's state, under {@code /ui} for the signed-in user.
 */
@Controller
class BuildPages {

	private final ProjectCatalog projects;

	private final BuildConsole builds;

	private final ConsoleViews views;

	BuildPages(ProjectCatalog projects, BuildConsole builds, ConsoleViews views) {
		this.projects = projects;
		this.builds = builds;
		this.views = views;
	}

	@GetMapping("/ui/projects/{id}/builds/{number}")
	String build(@PathVariable long id, @PathVariable int number, Model model) {
		Project project = this.projects.find(id).orElseThrow(() -> ProjectPages.projectNotFound(id));
		model.addAttribute("project", project);
		model.addAttribute("build", find(id, number));
		return "console/build";
	}

	@GetMapping(path = "/ui/projects/{id}/builds/{number}/state", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> state(@PathVariable long id, @PathVariable int number) {
		BuildView build = find(id, number);
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("status", build.status());
		state.put("label", this.views.status(build.status()));
		state.put("final", build.finished());
		state.put("duration_s", build.durationS());
		state.put("duration", this.views.duration(build.durationS()));
		state.put("started_at", (build.startedAt() != null) ? build.startedAt().toString() : null);
		return state;
	}

	@GetMapping(path = "/ui/projects/{id}/builds/{number}/logs", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Object logs(@PathVariable long id, @PathVariable int number, @RequestParam(defaultValue = "0") String offset) {
		long from;
		try {
			from = Math.max(0, Long.parseLong(offset));
		}
		catch (NumberFormatException ex) {
			from = 0;
		}
		return this.builds.logs(id, number, from).orElseThrow(() -> ProjectPages.buildNotFound(id, number));
	}

	@GetMapping(path = "/ui/projects/{id}/builds/{number}/logs/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@PathVariable long id, @PathVariable int number) {
		find(id, number);
		return this.builds.stream(id, number);
	}

	private BuildView find(long id, int number) {
		return this.builds.find(id, number).orElseThrow(() -> ProjectPages.buildNotFound(id, number));
	}

}
