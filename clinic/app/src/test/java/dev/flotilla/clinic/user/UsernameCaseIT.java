package dev.flotilla.clinic.user;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import dev.flotilla.clinic.ClinicIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Usernames are unique without regard to case: {@code ADMIN} beside {@code admin} is a
 * 409 that says so in French, and nothing is stored.
 */
class UsernameCaseIT extends ClinicIntegrationTest {

	@Test
	void usernameDiffersOnlyByCaseIsRefused() throws Exception {
		assertThat(create("Case-Only").getStatus()).isEqualTo(201);
		for (String other : new String[] { "case-only", "CASE-ONLY", "ADMIN" }) {
			MockHttpServletResponse response = create(other);
			assertThat(response.getStatus()).as(other).isEqualTo(409);
			assertThat(response.getContentAsString()).as(other)
				.contains("\"error\":\"duplicate_username\"")
				.contains("est déjà pris");
		}
	}

	private MockHttpServletResponse create(String username) throws Exception {
		return this.mvc
			.perform(withJson(post("/api/users"),
					Map.of("username", username, "password", "motdepasse-123", "role", "lecture"))
				.with(admin()))
			.andReturn()
			.getResponse();
	}

}
