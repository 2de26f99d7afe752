package dev.flotilla.clinic.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.flotilla.platform.error.ApiErrors;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class StatusControllerTests {

	private final ApiErrors errors = new ApiErrors(List.of(), JsonMapper.shared());

	@Test
	void answersOkOnceTheDatabaseAnswers() {
		StatusController status = new StatusController(database("jdbc:h2:mem:status_ok"), this.errors);
		ResponseEntity<Object> response = status.status("*/*");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).isEqualTo(Map.of("status", "OK"));
	}

	@Test
	void answers503InJsonWhenTheDatabaseIsDown() {
		StatusController status = new StatusController(database("jdbc:h2:tcp://127.0.0.1:1/nowhere"), this.errors);
		ResponseEntity<Object> response = status.status("application/json");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(response.getBody()).hasToString("{error=service_unavailable, message=The database is unavailable}");
	}

	@Test
	void sendsBrowsersToTheUi() {
		StatusController status = new StatusController(database("jdbc:h2:tcp://127.0.0.1:1/nowhere"), this.errors);
		ResponseEntity<Object> response = status.status("text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(response.getHeaders().getLocation()).hasToString("/ui");
	}

	private static JdbcClient database(String url) {
		return JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
	}

}
