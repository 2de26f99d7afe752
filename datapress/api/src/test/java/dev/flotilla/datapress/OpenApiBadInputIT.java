package dev.flotilla.datapress;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.flotilla.testsupport.OpenApiBadInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every documented operation × the bad inputs generated from the OpenAPI document: each
 * answer a 4xx JSON error, no 5xx, no stack trace. DataPress stores nothing (its KPIs are
 * generated), so a fixed month's KPIs stand for the data that must not change.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "APP_ENV=recette", "BANNER=Bienvenue en recette", "DB_PASSWORD=s3cret-dummy" })
class OpenApiBadInputIT {

	@LocalServerPort
	int port;

	@Test
	void everyOperationAnswersEveryBadInputWithA4xxAndChangesNothing() {
		OpenApiBadInput.Result result = OpenApiBadInput.against("http://127.0.0.1:" + this.port)
			.body("POST /api/kpis/compare",
					"{\"current\":{\"from\":\"2025-02-01\",\"to\":\"2025-02-28\"},"
							+ "\"previous\":{\"from\":\"2025-01-01\",\"to\":\"2025-01-31\"}}")
			// A comparison is computed, never stored: an accepted one changes nothing.
			.restorer((mutation, status, body) -> mutation.operation().key().equals("POST /api/kpis/compare"))
			.tolerate("duplicate JSON keys, the last one wins", (m) -> m.name().equals("duplicate key"))
			.stored("/api/kpis?from=2025-01-01&to=2025-01-31")
			.run();
		System.out.println("datapress: " + result.summary() + "\nstatuses " + result.statuses() + "\nknown "
				+ result.known() + "\nper operation " + result.inputs());
		assertThat(result.failures()).isEmpty();
		assertThat(result.inputs().values()).allSatisfy((inputs) -> assertThat(inputs).isGreaterThanOrEqualTo(60));
		assertThat(result.summary()).endsWith("5xx = 0, unchanged");
	}

}
