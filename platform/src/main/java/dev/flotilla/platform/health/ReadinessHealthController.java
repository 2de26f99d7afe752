package dev.flotilla.platform.health;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seeds' plain probe route ({@code platform.health.path}, e.g. {@code /health}):
 * {@code {"status": "ok"}} while the application accepts traffic, 503 {@code {"status":
 * "unavailable"}} once readiness has turned false (shutting down), so that a probe or a
 * load balancer stops routing here first.
 */
@RestController
@Tag(name = "status", description = "Probe")
class ReadinessHealthController {

	private static final Health OK = new Health("ok");

	private static final Health UNAVAILABLE = new Health("unavailable");

	private final ApplicationAvailability availability;

	ReadinessHealthController(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@GetMapping("${platform.health.path}")
	@Operation(summary = "Probe: 200 while the service accepts traffic, 503 once it is shutting down")
	@ApiResponse(responseCode = "200", description = "Accepting traffic: {\"status\": \"ok\"}")
	@ApiResponse(responseCode = "503", description = "Shutting down: {\"status\": \"unavailable\"}",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Health.class)))
	ResponseEntity<Health> health() {
		boolean ready = this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
		return ResponseEntity.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
			.body(ready ? OK : UNAVAILABLE);
	}

	record Health(String status) {
	}

}
