package dev.flotilla.clinic.status;

import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.error.ApiError;
import dev.flotilla.platform.error.ApiErrors;

/**
 * {@code GET /}: the seed's health check for {@code curl} and other clients, a redirect
 * to the UI for a browser (one that asks for HTML first).
 */
@RestController
class StatusController {

	private static final Log log = LogFactory.getLog(StatusController.class);

	private final JdbcClient jdbc;

	private final ApiErrors errors;

	StatusController(JdbcClient jdbc, ApiErrors errors) {
		this.jdbc = jdbc;
		this.errors = errors;
	}

	@GetMapping("/")
	@Operation(summary = "Service status")
	ResponseEntity<Object> status(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		if (prefersHtml(accept)) {
			return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, "/ui").build();
		}
		try {
			this.jdbc.sql("SELECT 1").query(Integer.class).single();
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Map.of("status", "OK"));
		}
		catch (DataAccessException ex) {
			log.warn("Health check: the database did not answer: " + ex.getMessage());
			return this.errors.response(
					new ApiError(HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable", "The database is unavailable"));
		}
	}

	private static boolean prefersHtml(String accept) {
		// Browsers list text/html explicitly; curl and API clients send */* or JSON.
		return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
	}

}
