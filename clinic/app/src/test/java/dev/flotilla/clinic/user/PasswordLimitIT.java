package dev.flotilla.clinic.user;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import dev.flotilla.clinic.ClinicIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A password over BCrypt's 72 bytes is refused with a French message that says the limit
 * in bytes, by the API (400) and beside the field of the admin pages, never a 500; a
 * login with one is an ordinary failure.
 */
class PasswordLimitIT extends ClinicIntegrationTest {

	/** 40 characters, 80 bytes: under the 128-character limit, over BCrypt's. */
	private static final String TOO_LONG = "é".repeat(40);

	@Autowired
	UserRepository users;

	@Test
	void apiRefusesCreatingAUserWithALongerPassword() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(withJson(post("/api/users"),
					Map.of("username", "long-password", "password", TOO_LONG, "role", "lecture"))
				.with(admin()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("72 octets").contains("\"field\":\"password\"");
		assertThat(countUsers("long-password")).isZero();
	}

	@Test
	void apiRefusesResettingToALongerPassword() throws Exception {
		long id = createUser("reset-too-long");
		MockHttpServletResponse response = this.mvc
			.perform(withJson(post("/api/users/" + id + "/password"), Map.of("password", TOO_LONG)).with(admin()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("72 octets");
	}

	@Test
	void adminPagesShowTheLimitBesideThePasswordField() throws Exception {
		MockHttpServletResponse created = this.mvc
			.perform(post("/ui/admin/users").param("username", "form-too-long")
				.param("password", TOO_LONG)
				.param("role", "lecture")
				.with(csrf())
				.with(admin()))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).isEqualTo(200);
		assertThat(created.getContentAsString()).containsPattern("class=\"error\">[^<]*72 octets");
		assertThat(countUsers("form-too-long")).isZero();
		long id = createUser("form-reset-too-long");
		MockHttpServletResponse reset = this.mvc
			.perform(post("/ui/admin/users/" + id + "/password").param("password", TOO_LONG).with(csrf()).with(admin()))
			.andReturn()
			.getResponse();
		assertThat(reset.getStatus()).isEqualTo(200);
		assertThat(reset.getContentAsString()).contains("72 octets");
	}

	@Test
	void loginWithALongerPasswordIsAnOrdinaryFailure() throws Exception {
		createUser("login-too-long");
		MockHttpServletResponse response = this.mvc
			.perform(post("/login").param("username", "login-too-long").param("password", TOO_LONG).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
	}

	private long createUser(String username) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(withJson(post("/api/users"),
					Map.of("username", username, "password", "un-mot-de-passe", "role", "lecture"))
				.with(admin()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return this.json.readTree(response.getContentAsString()).get("id").asLong();
	}

	private int countUsers(String username) {
		return this.users.findByUsername(username).isPresent() ? 1 : 0;
	}

}
