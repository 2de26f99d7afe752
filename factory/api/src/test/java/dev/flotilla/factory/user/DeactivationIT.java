package dev.flotilla.factory.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.flotilla.factory.Api;
import dev.flotilla.factory.FactoryIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Deactivated accounts: refused at sign-in (API and console), on their access and refresh
 * tokens, managed by admins alone, and never the last active admin.
 */
@FactoryIT
class DeactivationIT {

	private static final String PASSWORD = "s3cret-passw0rd";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	Api api;

	String admin;

	@BeforeEach
	void setUp() throws Exception {
		this.api = new Api(this.mvc);
		this.admin = this.api.adminToken();
	}

	@Test
	void tokenOfDeactivatedUserIsRefused() throws Exception {
		String username = Api.unique("leaver");
		JsonNode tokens = tokensOfNewDeveloper(username);
		String access = tokens.get("access_token").asString();
		assertThat(status(get("/projects"), access)).isEqualTo(200);
		MvcResult deactivated = this.api.perform(post("/users/" + id(username) + "/deactivate")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.admin));
		assertThat(deactivated.getResponse().getStatus()).isEqualTo(200);
		assertThat(Api.json(deactivated).get("active").asBoolean()).isFalse();
		MvcResult refused = this.api.perform(get("/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + access));
		assertThat(refused.getResponse().getStatus()).isEqualTo(401);
		assertThat(Api.json(refused).get("error").asString()).isEqualTo("unauthorized");
		MvcResult refresh = this.api.perform(post("/token/refresh").contentType(MediaType.APPLICATION_JSON)
			.content(Api.write(Map.of("refresh_token", tokens.get("refresh_token").asString()))));
		assertThat(refresh.getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void deactivatedUserCannotSignInThroughTheApiUntilReactivated() throws Exception {
		String username = Api.unique("paused");
		tokensOfNewDeveloper(username);
		long id = id(username);
		assertThat(status(post("/users/" + id + "/deactivate"), this.admin)).isEqualTo(200);
		MvcResult refused = this.api.login(username, PASSWORD);
		assertThat(refused.getResponse().getStatus()).isEqualTo(401);
		assertThat(Api.json(refused).get("message").asString()).isEqualTo("Identifiants invalides");
		MvcResult reactivated = this.api
			.perform(post("/users/" + id + "/reactivate").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.admin));
		assertThat(reactivated.getResponse().getStatus()).isEqualTo(200);
		assertThat(Api.json(reactivated).get("active").asBoolean()).isTrue();
		assertThat(this.api.login(username, PASSWORD).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void deactivatedUserCannotSignInToTheConsoleAndTheirSessionEnds() throws Exception {
		String username = Api.unique("uipaused");
		tokensOfNewDeveloper(username);
		MockHttpSession before = signIn(username, PASSWORD);
		MockHttpSession admin = signIn("admin", "admin123");
		String page = this.mvc.perform(get("/ui/users").session(admin)).andReturn().getResponse().getContentAsString();
		long id = id(username);
		assertThat(page).contains("id=\"deactivate-" + id + "\"");
		MvcResult deactivated = this.mvc.perform(post("/ui/users/" + id + "/deactivate").session(admin).with(csrf()))
			.andReturn();
		assertThat(deactivated.getFlashMap().get("message"))
			.isEqualTo("Compte désactivé : ses connexions et ses jetons sont refusés.");
		assertThat(this.mvc.perform(post("/ui/users/" + id + "/reactivate").session(admin))
			.andReturn()
			.getResponse()
			.getStatus()).as("without CSRF token").isEqualTo(403);
		MvcResult ended = this.mvc.perform(get("/ui/projects").session(before)).andReturn();
		assertThat(ended.getResponse().getRedirectedUrl()).as("the session opened before")
			.isEqualTo("/ui/login?disabled");
		assertThat(before.isInvalid()).isTrue();
		MvcResult refused = this.mvc
			.perform(post("/ui/login").with(csrf()).param("username", username).param("password", PASSWORD))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/ui/login?disabled");
		assertThat(
				this.mvc.perform(get("/ui/login").param("disabled", "")).andReturn().getResponse().getContentAsString())
			.contains("Ce compte a été désactivé");
		MvcResult wrongPassword = this.mvc
			.perform(post("/ui/login").with(csrf()).param("username", username).param("password", "wrong-one"))
			.andReturn();
		assertThat(wrongPassword.getResponse().getRedirectedUrl()).as("nothing told without the password")
			.isEqualTo("/ui/login?error");
		page = this.mvc.perform(get("/ui/users").session(admin)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"reactivate-" + id + "\"", "Désactivé");
	}

	@Test
	void developerCannotDeactivateAnyone() throws Exception {
		String username = Api.unique("plain");
		String developer = tokensOfNewDeveloper(username).get("access_token").asString();
		assertThat(status(post("/users/" + id("admin") + "/deactivate"), developer)).isEqualTo(403);
		assertThat(this.accounts.find(id("admin")).orElseThrow().active()).isTrue();
	}

	@Test
	void unknownUserIs404() throws Exception {
		MvcResult missing = this.api
			.perform(post("/users/987654321/deactivate").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.admin));
		assertThat(missing.getResponse().getStatus()).isEqualTo(404);
		assertThat(Api.json(missing).get("error").asString()).isEqualTo("not_found");
	}

	@Test
	void lastAdminCannotBeDeactivated() throws Exception {
		// other suites promote admins in this shared database: set them aside first
		List<Long> others = new ArrayList<>();
		for (AppUser user : this.accounts.list()) {
			if (user.role() == Role.ADMIN && user.active() && !user.username().equals("admin")) {
				assertThat(this.accounts.setActive(user.id(), false)).isEqualTo(Accounts.RoleChange.CHANGED);
				others.add(user.id());
			}
		}
		try {
			MvcResult refused = this.api.perform(post("/users/" + id("admin") + "/deactivate")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.admin));
			assertThat(refused.getResponse().getStatus()).isEqualTo(409);
			assertThat(Api.json(refused).get("message").asString()).startsWith("C’est le dernier compte admin actif");
			assertThat(status(get("/projects"), this.admin)).isEqualTo(200);
			MvcResult console = this.mvc
				.perform(post("/ui/users/" + id("admin") + "/deactivate").session(signIn("admin", "admin123"))
					.with(csrf()))
				.andReturn();
			assertThat(console.getFlashMap().get("problem"))
				.isEqualTo("C’est le dernier compte admin actif : activez ou nommez d’abord un autre admin.");
			assertThat(this.accounts.changeRole(id("admin"), Role.DEVELOPER)).isEqualTo(Accounts.RoleChange.LAST_ADMIN);
		}
		finally {
			others.forEach((id) -> this.accounts.setActive(id, true));
		}
	}

	private JsonNode tokensOfNewDeveloper(String username) throws Exception {
		MvcResult created = this.api.perform(post("/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(Api.write(Map.of("username", username, "password", PASSWORD, "role", "developer"))));
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		assertThat(Api.json(created).get("active").asBoolean()).isTrue();
		return this.api.tokens(username, PASSWORD);
	}

	private long id(String username) {
		return this.accounts.list()
			.stream()
			.filter((user) -> user.username().equals(username))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token)
			throws Exception {
		return this.api.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).getResponse().getStatus();
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/ui/login").with(csrf()).param("username", username).param("password", password))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/ui/projects");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
