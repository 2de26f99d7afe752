package dev.flotilla.factory.auth;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.flotilla.factory.Api;
import dev.flotilla.factory.FactoryIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Roles, refresh tokens, logout and login throttling. */
@FactoryIT
class AccountsIT {

	@Autowired
	MockMvc mvc;

	Api api;

	String admin;

	@BeforeEach
	void setUp() throws Exception {
		this.api = new Api(this.mvc);
		this.admin = this.api.adminToken();
	}

	@Test
	void adminCreatesADeveloperWhoBuildsButCannotManageUsers() throws Exception {
		String username = Api.unique("dev");
		MvcResult created = createUser(this.admin, username, "developer");
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		assertThat(created.getResponse().getContentAsString()).doesNotContain("password");
		String developer = this.api.tokens(username, "s3cret-passw0rd").get("access_token").asString();
		long project = this.api.createProject(developer, Api.unique("devproj"));
		assertThat(this.api
			.perform(post("/projects/" + project + "/builds").header(HttpHeaders.AUTHORIZATION, "Bearer " + developer))
			.getResponse()
			.getStatus()).isEqualTo(202);
		MvcResult list = this.api.perform(get("/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + developer));
		assertThat(list.getResponse().getStatus()).isEqualTo(403);
		assertThat(Api.json(list).get("error").asString()).isEqualTo("forbidden");
		assertThat(createUser(developer, Api.unique("x"), "admin").getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void userListNeverShowsPasswordHashes() throws Exception {
		MvcResult list = this.api.perform(get("/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.admin));
		assertThat(list.getResponse().getStatus()).isEqualTo(200);
		assertThat(list.getResponse().getContentAsString()).contains("\"admin\"")
			.doesNotContain("password")
			.doesNotContain("{bcrypt}");
	}

	@Test
	void takenUsernameIs409AndUnknownRoleIs400() throws Exception {
		String username = Api.unique("twice");
		createUser(this.admin, username, "developer");
		assertThat(createUser(this.admin, username, "developer").getResponse().getStatus()).isEqualTo(409);
		assertThat(createUser(this.admin, Api.unique("r"), "root").getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void aRejectedAccountFieldIs400WithItsOwnMessage() throws Exception {
		assertThat(createUser(this.admin, Api.unique("r"), "root").getResponse().getContentAsString())
			.isEqualTo("{\"error\":\"invalid_request\",\"message\":\"role must be admin or developer\"}");
		assertThat(createUser(this.admin, "a b", "developer").getResponse().getContentAsString()).isEqualTo(
				"{\"error\":\"invalid_request\",\"message\":\"username must be 3-50 letters, digits, '.', '_' or '-'\"}");
	}

	@Test
	void refreshTokenWorksOnceAndIsRotated() throws Exception {
		JsonNode tokens = this.api.tokens("admin", "admin123");
		String refresh = tokens.get("refresh_token").asString();
		MvcResult first = refresh(refresh);
		assertThat(first.getResponse().getStatus()).isEqualTo(200);
		JsonNode renewed = Api.json(first);
		assertThat(renewed.get("refresh_token").asString()).isNotEqualTo(refresh);
		assertThat(this.api.getJson(renewed.get("access_token").asString(), "/projects").has("items")).isTrue();
		MvcResult replay = refresh(refresh);
		assertThat(replay.getResponse().getStatus()).isEqualTo(401);
		assertThat(Api.json(replay).get("error").asString()).isEqualTo("unauthorized");
	}

	@Test
	void logoutRevokesTheRefreshToken() throws Exception {
		String refresh = this.api.tokens("admin", "admin123").get("refresh_token").asString();
		MvcResult logout = this.api.perform(post("/logout").contentType(MediaType.APPLICATION_JSON)
			.content(Api.write(Map.of("refresh_token", refresh))));
		assertThat(logout.getResponse().getStatus()).isEqualTo(204);
		assertThat(refresh(refresh).getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void logoutWithTheAccessTokenAloneRevokesItAtOnce() throws Exception {
		String access = this.api.tokens("admin", "admin123").get("access_token").asString();
		assertThat(this.api.perform(get("/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + access))
			.getResponse()
			.getStatus()).isEqualTo(200);
		MvcResult logout = this.api.perform(post("/logout").header(HttpHeaders.AUTHORIZATION, "Bearer " + access));
		assertThat(logout.getResponse().getStatus()).isEqualTo(204);
		MvcResult refused = this.api.perform(get("/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + access));
		assertThat(refused.getResponse().getStatus()).isEqualTo(401);
		assertThat(Api.json(refused).get("error").asString()).isEqualTo("unauthorized");
		assertThat(this.api.perform(post("/logout").header(HttpHeaders.AUTHORIZATION, "Bearer " + access))
			.getResponse()
			.getStatus()).isEqualTo(401);
	}

	@Test
	void logoutWithNeitherTokenIs400() throws Exception {
		MvcResult logout = this.api.perform(post("/logout").contentType(MediaType.APPLICATION_JSON).content("{}"));
		assertThat(logout.getResponse().getStatus()).isEqualTo(400);
		assertThat(Api.json(logout).get("error").asString()).isEqualTo("invalid_request");
	}

	@Test
	void anAttackerLockedOutOfAdminDoesNotStopAdminLoggingInFromAnotherClient() throws Exception {
		Api attacker = new Api(this.mvc);
		for (int i = 0; i < 5; i++) {
			assertThat(attacker.login("admin", "wrong-" + i).getResponse().getStatus()).isEqualTo(401);
		}
		MvcResult throttled = attacker.login("admin", "admin123");
		assertThat(throttled.getResponse().getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(throttled.getResponse().getHeader("Retry-After"))).isBetween(1L, 5L);
		assertThat(Api.json(throttled).get("error").asString()).isEqualTo("too_many_requests");
		assertThat(Api.json(throttled).get("message").asString()).startsWith("Trop de tentatives de connexion");
		assertThat(new Api(this.mvc).login("admin", "admin123").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void oneAccountsFailuresDoNotBlockOtherUsersFromTheSameAddress() throws Exception {
		String username = Api.unique("colleague");
		createUser(this.admin, username, "developer");
		Api office = new Api(this.mvc);
		for (int i = 0; i < 6; i++) {
			office.login("admin", "wrong-" + i);
		}
		assertThat(office.login("admin", "admin123").getResponse().getStatus()).isEqualTo(429);
		assertThat(office.login(username, "s3cret-passw0rd").getResponse().getStatus()).isEqualTo(200);
	}

	private MvcResult createUser(String token, String username, String role) throws Exception {
		return this.api.perform(post("/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(Api.write(Map.of("username", username, "password", "s3cret-passw0rd", "role", role))));
	}

	private MvcResult refresh(String token) throws Exception {
		return this.api.perform(post("/token/refresh").contentType(MediaType.APPLICATION_JSON)
			.content(Api.write(Map.of("refresh_token", token))));
	}

}
