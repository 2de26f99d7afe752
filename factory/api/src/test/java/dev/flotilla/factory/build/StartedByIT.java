package dev.flotilla.factory.build;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * Every build remembers who started it, through the API and the console; builds from
 * before the column show none (and the API document says the field may be null).
 */
@FactoryIT
class StartedByIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String admin;

	@BeforeEach
	void setUp() throws Exception {
		this.api = new Api(this.mvc);
		this.admin = this.api.adminToken();
	}

	@Test
	void apiBuildsNameTheUserWhoStartedThem() throws Exception {
		String username = Api.unique("starter");
		String developer = this.api.developerToken(this.admin, username);
		long project = this.api.createProject(this.admin, Api.unique("startedby"));
		JsonNode simulated = Api.json(send(post("/projects/" + project + "/build"), developer, 201));
		assertThat(simulated.get("started_by").asString()).isEqualTo(username);
		JsonNode queued = Api.json(send(post("/projects/" + project + "/builds"), this.admin, 202));
		assertThat(queued.get("started_by").asString()).isEqualTo("admin");
		JsonNode retried = Api.json(send(post("/projects/" + project + "/builds/1/retry"), developer, 202));
		assertThat(retried.get("retry_of").asInt()).isEqualTo(1);
		assertThat(retried.get("started_by").asString()).isEqualTo(username);
		JsonNode listed = Api.json(send(get("/projects/" + project + "/builds"), this.admin, 200));
		assertThat(listed.get("items").valueStream().map((build) -> build.get("started_by").asString()))
			.containsExactly(username, "admin", username);
	}

	@Test
	void buildsFromBeforeTheColumnHaveNoStarter() throws Exception {
		long project = this.api.createProject(this.admin, Api.unique("oldbuild"));
		this.jdbc.sql("UPDATE project SET build_count = 1 WHERE id = ?").param(project).update();
		this.jdbc
			.sql("INSERT INTO build (project_id, number, status, duration_s, logs, created_at) "
					+ "VALUES (?, 1, 'success', 2.5, 'old', ?)")
			.params(project, Timestamp.from(Instant.now()))
			.update();
		// Api validates the answer against /v3/api-docs: a null started_by must be
		// allowed
		JsonNode build = Api.json(send(get("/projects/" + project + "/builds/1"), this.admin, 200));
		assertThat(build.get("started_by").isNull()).isTrue();
		MockHttpSession session = signIn();
		String page = this.mvc.perform(get("/ui/projects/" + project).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Lancé par").containsPattern("class=\"started-by\">—</td>");
	}

	@Test
	void consoleBuildsNameTheSignedInUserInTheHistory() throws Exception {
		MockHttpSession session = signIn();
		long project = this.api.createProject(this.admin, Api.unique("uistarted"));
		MvcResult simulated = this.api
			.perform(post("/projects/" + project + "/build").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.admin));
		assertThat(simulated.getResponse().getStatus()).isEqualTo(201);
		MvcResult started = this.mvc.perform(post("/ui/projects/" + project + "/builds").session(session).with(csrf()))
			.andReturn();
		assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/ui/projects/" + project + "/builds/2");
		MvcResult retried = this.mvc
			.perform(post("/ui/projects/" + project + "/builds/1/retry").session(session).with(csrf()))
			.andReturn();
		assertThat(retried.getResponse().getRedirectedUrl()).isEqualTo("/ui/projects/" + project + "/builds/3");
		assertThat(this.jdbc.sql("SELECT started_by FROM build WHERE project_id = ? ORDER BY number")
			.param(project)
			.query(String.class)
			.list()).containsExactly("admin", "admin", "admin");
		String page = this.mvc.perform(get("/ui/projects/" + project).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<th scope=\"col\">Lancé par</th>", "class=\"started-by\">admin</td>");
	}

	private MvcResult send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String token, int status) throws Exception {
		MvcResult result = this.api.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		return result;
	}

	private MockHttpSession signIn() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/ui/login").with(csrf()).param("username", "admin").param("password", "admin123"))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/ui/projects");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
