package dev.flotilla.datapress.status;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.health.RuntimeInfo;

@RestController
@Tag(name = "status", description = "Service stamp, health and environment")
class StatusApiController {

	/** The seed's format: UTC with microseconds and a literal Z. */
	static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final Health OK = new Health("ok");

	private static final Health UNAVAILABLE = new Health("unavailable");

	private final Clock clock;

	private final ApplicationAvailability availability;

	private final DatapressProperties properties;

	private final RuntimeInfo runtime;

	StatusApiController(Clock clock, ApplicationAvailability availability, DatapressProperties properties,
			RuntimeInfo runtime) {
		this.clock = clock;
		this.availability = availability;
		this.properties = properties;
		this.runtime = runtime;
	}

	@GetMapping("/")
	@Operation(summary = "Service stamp: the service name and the current UTC time")
	ServiceStamp stamp() {
		return new ServiceStamp("api", TIMESTAMP.format(this.clock.instant()));
	}

	@GetMapping("/health")
	@Operation(summary = "Probe: 200 while the API accepts traffic, 503 once it is shutting down")
	ResponseEntity<Health> health() {
		boolean ready = this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
		return ResponseEntity.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
			.body(ready ? OK : UNAVAILABLE);
	}

	@GetMapping("/api/info")
	@Operation(summary = "Environment and banner for the front; says whether DB_PASSWORD is set, never its value")
	Info info() {
		String password = this.properties.dbPassword();
		return new Info("api", this.runtime.version(), this.properties.environment(), this.properties.banner(),
				password != null && !password.isEmpty());
	}

	record ServiceStamp(String service, String ts) {
	}

	record Health(String status) {
	}

	record Info(String service, String version, String environment, String banner,
			@JsonProperty("db_password_set") boolean dbPasswordSet) {
	}

}
