package dev.flotilla.factory.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.health.RuntimeInfo;

@RestController
@Tag(name = "Monitoring")
class StatusController {

	/** A dead or hung database must not hold the status page longer than this. */
	private static final Duration DB_CHECK_TIMEOUT = Duration.ofSeconds(1);

	private final JdbcClient jdbc;

	private final RuntimeInfo runtime;

	private final AsyncTaskExecutor executor;

	private final StatusProperties properties;

	StatusController(JdbcClient jdbc, RuntimeInfo runtime, StatusProperties properties,
			@Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.executor = executor;
		this.runtime = runtime;
	}

	@GetMapping("/status")
	@Operation(summary = "Health check (no authentication): version, uptime, database reachable, UTC time")
	StatusResponse status() {
		return new StatusResponse("ok", this.properties.version(), this.runtime.uptime().toSeconds(), databaseAnswers(),
				Instant.now().truncatedTo(ChronoUnit.MICROS));
	}

	private boolean databaseAnswers() {
		CompletableFuture<Integer> check = this.executor
			.submitCompletable(() -> this.jdbc.sql("SELECT 1").query(Integer.class).single());
		try {
			return check.get(DB_CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) == 1;
		}
		catch (ExecutionException | TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	record StatusResponse(String status, String version, @JsonProperty("uptime_s") long uptimeS,
			@JsonProperty("db_ok") boolean dbOk, Instant time) {
	}

}
