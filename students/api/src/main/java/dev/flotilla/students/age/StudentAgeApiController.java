package dev.flotilla.students.age;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.error.InvalidRequestException;
import dev.flotilla.platform.error.NotFoundException;
import dev.flotilla.platform.openapi.ApiSecurity;

/**
 * The seed's two read routes (same paths, statuses and JSON values; README says what
 * differs), and the write routes. HTTP Basic guards them all (see the config package). A
 * name with a {@code /} is addressed as {@code %2F}.
 */
@RestController
@RequestMapping("/supmit/api/v1.0")
@Tag(name = "students", description = "Student ages (HTTP Basic)")
@SecurityRequirement(name = ApiSecurity.BASIC)
@ApiResponse(responseCode = "401", description = "Credentials missing or wrong: the seed's body",
		content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
				schema = @Schema(implementation = SeedError.class, example = "{\"error\": \"Unauthorized access\"}")))
class StudentAgeApiController {

	private static final MediaType TEXT_PLAIN_UTF8 = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final StudentAgeStore store;

	private final Validator validator;

	StudentAgeApiController(StudentAgeStore store, Validator validator) {
		this.store = store;
		this.validator = validator;
	}

	@GetMapping("/get_student_ages")
	@Operation(summary = "Every student's age (a string), in the data file's order")
	@ApiResponse(responseCode = "200", description = "Name to age, e.g. {\"student_ages\": {\"bob\": \"13\"}}",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = StudentAgesResponse.class)))
	ResponseEntity<byte[]> ages() {
		// Serialized once per version of the data, not per request.
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.store.listBody());
	}

	@GetMapping("/get_student_ages/{name}")
	@Operation(summary = "One student's age, as plain text (e.g. 13); 404 if unknown. Never changes anything")
	@ApiResponse(responseCode = "200", description = "The age, as the data file holds it",
			content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE,
					schema = @Schema(type = "string", example = "13")))
	@ApiResponse(responseCode = "404", description = "No such student: the seed's body",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = SeedError.class, example = "{\"error\": \"Not found\"}")))
	ResponseEntity<String> age(
			@Parameter(description = "The student's name", example = "bob") @PathVariable String name) {
		String age = this.store.age(name);
		if (age == null) {
			throw new NotFoundException("No such student");
		}
		return ResponseEntity.ok().contentType(TEXT_PLAIN_UTF8).body(age);
	}

	@PutMapping(path = "/students/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create (201) or update (200) a student; acknowledged once it is on disk",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = UpdateStudentRequest.class),
							examples = @ExampleObject(name = "13 ans", value = "{\"age\": 13}"))))
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "200", description = "Updated")
	@ApiResponse(responseCode = "400", description = "Bad name, age or body, every rejected field named")
	ResponseEntity<StudentResponse> put(
			@Parameter(description = "The student's name (letters; a / is sent as %2F)",
					example = "carol") @PathVariable String name,
			@RequestBody UpdateStudentRequest body, HttpServletRequest request) {
		refusePathParameters(request);
		// The name and the body in one validation, so that one 400 names every rejected
		// field (the platform answers it as validation_failed).
		Set<ConstraintViolation<StudentWrite>> violations = this.validator.validate(new StudentWrite(name, body));
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		String age = body.storedAge();
		boolean created = this.store.put(name, age);
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(new StudentResponse(name, age));
	}

	@DeleteMapping("/students/{name}")
	@Operation(summary = "Delete a student (204); 404 if unknown. Acknowledged once it is on disk")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "400", description = "The path holds ';' parameters")
	@ApiResponse(responseCode = "404", description = "No such student: the seed's body",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = SeedError.class, example = "{\"error\": \"Not found\"}")))
	ResponseEntity<Void> delete(
			@Parameter(description = "The student's name", example = "bob") @PathVariable String name,
			HttpServletRequest request) {
		refusePathParameters(request);
		if (!this.store.delete(name)) {
			throw new NotFoundException("No such student");
		}
		return ResponseEntity.noContent().build();
	}

	/**
	 * Spring MVC drops {@code ;params} from a path segment before binding it, so
	 * {@code /students/bob;x} would change {@code bob}. A write must name exactly one
	 * student; a {@code ;} in a name is sent as {@code %3B} (and then refused as a name).
	 */
	private static void refusePathParameters(HttpServletRequest request) {
		if (request.getRequestURI().indexOf(';') >= 0) {
			throw new InvalidRequestException("The path must not hold ';' parameters");
		}
	}

}
