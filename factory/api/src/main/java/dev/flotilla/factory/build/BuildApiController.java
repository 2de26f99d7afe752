package dev.flotilla.factory.build;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.flotilla.factory.project.PageRequest;
import dev.flotilla.factory.project.PageResponse;
import dev.flotilla.factory.project.ProjectRepository;
import dev.flotilla.platform.error.ConflictException;
import dev.flotilla.platform.error.NotFoundException;
import dev.flotilla.platform.security.jwt.JwtAutoConfiguration;

@RestController
@Tag(name = "Builds")
@SecurityRequirement(name = JwtAutoConfiguration.SECURITY_SCHEME)
class BuildApiController {

	private final BuildRepository builds;

	private final ProjectRepository projects;

	private final BuildWorker worker;

	private final BuildLogStreams streams;

	private final TriggerBatcher triggers;

	private final BuildSimulator simulator;

	BuildApiController(BuildRepository builds, ProjectRepository projects, BuildWorker worker, BuildLogStreams streams,
			TriggerBatcher triggers, BuildProperties properties) {
		this.triggers = triggers;
		this.simulator = new BuildSimulator(properties.seed());
		this.builds = builds;
		this.projects = projects;
		this.worker = worker;
		this.streams = streams;
	}

	@PostMapping("/projects/{id}/build")
	@Operation(summary = "Simulate a build at once, as the seed does: final status success or fail",
			description = "duration_s is drawn in 2-10 s (2 decimals), logs is 'Build simulated at <ISO-8601>Z. "
					+ "Status: <status>', and the project's last_build_status is set in the same transaction. "
					+ "POST /projects/{id}/builds queues a build that runs like a CI server's instead.")
	@ApiResponse(responseCode = "201", description = "The finished build; Location names it")
	@ApiResponse(responseCode = "404", description = "No such project")
	ResponseEntity<BuildResponse> simulate(@PathVariable long id, Principal principal) {
		Build build = this.builds
			.simulate(id, now(), principal.getName(), (number) -> this.simulator.outcome(id, number))
			.orElseThrow(() -> projectNotFound(id));
		return ResponseEntity.created(location(build)).body(BuildResponse.of(build));
	}

	@PostMapping("/projects/{id}/builds")
	@Operation(summary = "Queue a build that a worker runs: queued, running, then success, fail or cancelled")
	@ApiResponse(responseCode = "202", description = "Queued; Location names the build")
	@ApiResponse(responseCode = "404", description = "No such project")
	ResponseEntity<BuildResponse> trigger(@PathVariable long id, Principal principal) {
		return accepted(this.triggers.trigger(id, now(), principal.getName()).orElseThrow(() -> projectNotFound(id)));
	}

	@GetMapping("/projects/{id}/builds")
	@Operation(summary = "List a project's builds, newest first")
	@ApiResponse(responseCode = "200", description = "A page of builds")
	@ApiResponse(responseCode = "400", description = "page or per_page out of range")
	@ApiResponse(responseCode = "404", description = "No such project")
	PageResponse<BuildResponse> list(@PathVariable long id,
			@RequestParam(defaultValue = "1") @Min(value = 1, message = PageRequest.PAGE_RANGE) @Max(
					value = PageRequest.MAX_PAGE, message = PageRequest.PAGE_RANGE) int page,
			@RequestParam(name = "per_page", defaultValue = "10") @Min(value = 1,
					message = PageRequest.PER_PAGE_RANGE) @Max(value = PageRequest.MAX_PER_PAGE,
							message = PageRequest.PER_PAGE_RANGE) int perPage) {
		PageRequest request = new PageRequest(page, perPage);
		if (!this.projects.exists(id)) {
			throw projectNotFound(id);
		}
		return PageResponse.of(this.builds.page(id, request).stream().map(BuildResponse::of).toList(),
				this.builds.count(id), request);
	}

	@GetMapping("/projects/{id}/builds/{number}")
	@Operation(summary = "One build")
	@ApiResponse(responseCode = "200", description = "The build")
	@ApiResponse(responseCode = "404", description = "No such project or build")
	BuildResponse get(@PathVariable long id, @PathVariable int number) {
		return BuildResponse.of(find(id, number));
	}

	@PostMapping("/projects/{id}/builds/{number}/cancel")
	@Operation(summary = "Cancel a queued or running build")
	@ApiResponse(responseCode = "200", description = "The build, cancelled")
	@ApiResponse(responseCode = "404", description = "No such project or build")
	@ApiResponse(responseCode = "409", description = "The build is already finished")
	BuildResponse cancel(@PathVariable long id, @PathVariable int number, Principal principal) {
		Build build = find(id, number);
		if (!this.builds.cancel(build, principal.getName(), now())) {
			throw new ConflictException("conflict",
					"Build #" + number + " is already " + find(id, number).status().value());
		}
		this.worker.interrupt(build.id());
		return BuildResponse.of(find(id, number));
	}

	@PostMapping("/projects/{id}/builds/{number}/retry")
	@Operation(summary = "Start a new build from a finished one")
	@ApiResponse(responseCode = "202", description = "The new build, queued")
	@ApiResponse(responseCode = "409", description = "The build is not finished yet")
	ResponseEntity<BuildResponse> retry(@PathVariable long id, @PathVariable int number, Principal principal) {
		Build build = find(id, number);
		if (!build.status().isFinal()) {
			throw new ConflictException("conflict", "Build #" + number + " is still " + build.status().value());
		}
		return accepted(
				this.builds.queue(id, number, now(), principal.getName()).orElseThrow(() -> projectNotFound(id)));
	}

	@GetMapping("/projects/{id}/builds/{number}/logs")
	@Operation(summary = "The log from a byte offset (progressive, like Jenkins' progressiveText)")
	LogChunk logs(@PathVariable long id, @PathVariable int number,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "offset must be 0 or more") long offset) {
		return LogChunk.of(find(id, number), offset);
	}

	@GetMapping(path = "/projects/{id}/builds/{number}/logs/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Server-Sent Events: 'log' events with new text, then one 'end' event with the status")
	SseEmitter stream(@PathVariable long id, @PathVariable int number) {
		find(id, number);
		return this.streams.open(id, number);
	}

	private ResponseEntity<BuildResponse> accepted(Build build) {
		this.worker.wake();
		return ResponseEntity.accepted().location(location(build)).body(BuildResponse.of(build));
	}

	private static URI location(Build build) {
		return URI.create("/projects/" + build.projectId() + "/builds/" + build.number());
	}

	private Build find(long id, int number) {
		return this.builds.find(id, number)
			.orElseThrow(() -> new NotFoundException("Build #" + number + " of project " + id + " not found"));
	}

	private static NotFoundException projectNotFound(long id) {
		return new NotFoundException("Project " + id + " not found");
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
