package dev.flotilla.factory.project;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.db.ReadCache;
import dev.flotilla.platform.error.ConflictException;
import dev.flotilla.platform.error.NotFoundException;
import dev.flotilla.platform.security.jwt.JwtAutoConfiguration;

@RestController
@Tag(name = "Projects")
@SecurityRequirement(name = JwtAutoConfiguration.SECURITY_SCHEME)
class ProjectApiController {

	private static final String REQUIRED = "name and repo required";

	private static final String NAME = "name must be at most 100 printable characters";

	private static final String REPO = "repo must be a repository URL (https://, ssh://, git:// or git@host:path)";

	/** The seed's French message for a taken name. */
	static final String DUPLICATE = "Un projet avec ce nom existe déjà";

	private final ProjectRepository projects;

	/**
	 * List pages as answered, kept while no project changes on this replica and for at
	 * most {@code factory.projects.list-cache-ttl} (a change on another replica).
	 */
	private final ReadCache<PageRequest, PageResponse<ProjectResponse>> pages;

	ProjectApiController(ProjectRepository projects, ProjectChanges changes, ProjectProperties properties) {
		this.projects = projects;
		this.pages = new ReadCache<>(changes, properties.listCacheTtl(), 1000);
	}

	@GetMapping("/projects")
	@Operation(summary = "List projects, newest first")
	@ApiResponse(responseCode = "200", description = "A page of projects")
	@ApiResponse(responseCode = "400", description = "page or per_page out of range (per_page at most 100)")
	PageResponse<ProjectResponse> list(
			@RequestParam(defaultValue = "1") @Min(value = 1, message = PageRequest.PAGE_RANGE) @Max(
					value = PageRequest.MAX_PAGE, message = PageRequest.PAGE_RANGE) int page,
			@RequestParam(name = "per_page", defaultValue = "10") @Min(value = 1,
					message = PageRequest.PER_PAGE_RANGE) @Max(value = PageRequest.MAX_PER_PAGE,
							message = PageRequest.PER_PAGE_RANGE) int perPage) {
		return this.pages.get(new PageRequest(page, perPage), this::read);
	}

	private PageResponse<ProjectResponse> read(PageRequest request) {
		ProjectRepository.Paged paged = this.projects.page(request);
		return PageResponse.of(paged.items().stream().map(ProjectResponse::of).toList(), paged.total(), request);
	}

	@PostMapping("/projects")
	@Operation(summary = "Create a project")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "name and repo required, or invalid")
	@ApiResponse(responseCode = "409", description = "A project with this name exists")
	ResponseEntity<ProjectResponse> create(
			@RequestBody(required = false) @NotNull(message = REQUIRED) @Valid CreateProjectRequest request) {
		String name = request.name();
		String repo = request.repo();
		try {
			Project project = this.projects.create(name, repo, Instant.now().truncatedTo(ChronoUnit.MICROS));
			return ResponseEntity.created(URI.create("/projects/" + project.id())).body(ProjectResponse.of(project));
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("conflict", DUPLICATE);
		}
	}

	@GetMapping("/projects/{id}")
	@Operation(summary = "One project")
	@ApiResponse(responseCode = "200", description = "The project")
	@ApiResponse(responseCode = "404", description = "No such project")
	ProjectResponse get(@PathVariable long id) {
		return this.projects.findById(id)
			.map(ProjectResponse::of)
			.orElseThrow(() -> new NotFoundException("Project " + id + " not found"));
	}

	@DeleteMapping("/projects/{id}")
	@Operation(summary = "Delete a project and its builds (admin only)")
	@ApiResponse(responseCode = "204", description = "Deleted, with its builds")
	@ApiResponse(responseCode = "403", description = "Not an admin")
	@ApiResponse(responseCode = "404", description = "No such project")
	ResponseEntity<Void> delete(@PathVariable long id) {
		if (!this.projects.delete(id)) {
			throw new NotFoundException("Project " + id + " not found");
		}
		return ResponseEntity.noContent().build();
	}

	/** The group checked first: a missing field is reported before a malformed one. */
	interface Required {

	}

	/**
	 * A new project, names and URLs stripped of surrounding blanks before they are
	 * checked. A missing field is reported before a malformed one.
	 */
	@GroupSequence({ Required.class, CreateProjectRequest.class })
	record CreateProjectRequest(
			@NotBlank(message = REQUIRED, groups = Required.class) @Size(max = 100, message = NAME) @Pattern(
					regexp = "\\P{Cc}*", message = NAME) @Schema(example = "DemoProj") String name,
			@NotBlank(message = REQUIRED, groups = Required.class) @Size(max = 500, message = REPO) @Pattern(
					regexp = "(https?|ssh|git)://\\S+|git@[\\w.-]+:\\S+|file:/\\S+",
					message = REPO) @Schema(example = "https://github.com/demo/repo") String repo) {

		CreateProjectRequest {
			name = (name != null) ? name.strip() : null;
			repo = (repo != null) ? repo.strip() : null;
		}

	}

	record ProjectResponse(long id, String name, String repo, @JsonProperty("last_build_status") String lastBuildStatus,
			@JsonProperty("created_at") Instant createdAt) {

		static ProjectResponse of(Project project) {
			return new ProjectResponse(project.id(), project.name(), project.repo(), project.lastBuildStatus(),
					project.createdAt());
		}

	}

}
