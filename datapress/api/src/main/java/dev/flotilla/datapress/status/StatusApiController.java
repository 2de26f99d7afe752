package dev.flotilla.datapress.status;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.health.RuntimeInfo;

@RestController
@Tag(name = "status", description = "Service stamp and environment")
class StatusApiController {

	/** The seed's format: UTC with microseconds and a literal Z. */
	static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final Clock clock;

	private final DatapressProperties properties;

	private final RuntimeInfo runtime;

	StatusApiController(Clock clock, DatapressProperties properties, RuntimeInfo runtime) {
		this.clock = clock;
		this.properties = properties;
		this.runtime = runtime;
	}

	@GetMapping("/")
	@Operation(summary = "Service stamp: the service name and the current UTC time")
	ServiceStamp stamp() {
		return new ServiceStamp("api", TIMESTAMP.format(this.clock.instant()));
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

	record Info(String service, String version, String environment, String banner,
			@JsonProperty("db_password_set") boolean dbPasswordSet) {
	}

}
