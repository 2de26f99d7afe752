package dev.flotilla.students.status;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "status", description = "Probe")
class HealthApiController {

	private static final Health OK = new Health("ok");

	private static final Health UNAVAILABLE = new Health("unavailable");

	private final ApplicationAvailability availability;

	HealthApiController(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@GetMapping("/health")
	@Operation(summary = "Probe: 200 while the API accepts traffic, 503 once it is shutting down")
	ResponseEntity<Health> health() {
		boolean ready = this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
		return ResponseEntity.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
			.body(ready ? OK : UNAVAILABLE);
	}

	record Health(String status) {
	}

}
