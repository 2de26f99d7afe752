package dev.flotilla.factory.user;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.flotilla.factory.Api;
import dev.flotilla.factory.FactoryIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * BCrypt hashes 72 bytes at most: a password within the 72-character limit but over 72
 * bytes in UTF-8 is refused with a 400 that says the limit in bytes, never a 500, and a
 * login with one is a plain 401.
 */
@FactoryIT
class PasswordLimitIT {

	/** 40 characters, 80 bytes. */
	private static final String TOO_LONG = "é".repeat(40);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserRepository users;

	@Test
	void userCreateCountsThePasswordInBytes() throws Exception {
		Api api = new Api(this.mvc);
		String username = Api.unique("multibyte");
		MvcResult result = create(api, username, TOO_LONG);
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(Api.json(result).get("error").asString()).isEqualTo("invalid_request");
		assertThat(Api.json(result).get("message").asString()).contains("72 octets");
		assertThat(this.users.findByUsername(username)).isEmpty();
	}

	@Test
	void seventyTwoBytesAreEnough() throws Exception {
		Api api = new Api(this.mvc);
		String username = Api.unique("multibyte");
		String password = "é".repeat(36);
		assertThat(create(api, username, password).getResponse().getStatus()).isEqualTo(201);
		assertThat(api.login(username, password).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void loginWithALongerPasswordIsA401() throws Exception {
		MvcResult result = new Api(this.mvc).login("admin", TOO_LONG);
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
	}

	private static MvcResult create(Api api, String username, String password) throws Exception {
		return api.perform(post("/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + api.adminToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content(Api.write(Map.of("username", username, "password", password, "role", "developer"))));
	}

}
