package dev.flotilla.factory.project;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.flotilla.factory.Api;
import dev.flotilla.factory.FactoryIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The seed's contract for login, projects and status, status and body. */
@FactoryIT
class ProjectContractIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String token;

	@BeforeEach
	void logIn() throws Exception {
		this.api = new Api(this.mvc);
		this.token = this.api.adminToken();
	}

	@Test
	void nonDecimalProjectIdIsRefused() throws Exception {
		long id = this.api.createProject(this.token, Api.unique("decimal"));
		String decimal = Long.toString(id);
		// Each was read as the project's id before: hexadecimal, a sign, Arabic-Indic and
		// full-width digits.
		for (String path : new String[] { "/projects/0x" + Long.toHexString(id), "/projects/+" + decimal,
				"/projects/" + digits(decimal, '\u0660'), "/projects/" + digits(decimal, '\uff10'),
				"/projects/0x" + Long.toHexString(id) + "/builds", "/projects/" + decimal + "/builds/0x1",
				"/projects/" + decimal + "/builds/+1/logs", "/projects?page=0x1", "/projects?per_page=\u0665" }) {
			MvcResult result = this.api.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token));
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(400);
			assertThat(result.getResponse().getContentType()).as(path).startsWith(MediaType.APPLICATION_JSON_VALUE);
			assertThat(Api.json(result).get("error").asString()).as(path).isEqualTo("invalid_request");
		}
		MvcResult delete = this.api
			.perform(delete("/projects/+" + decimal).header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token));
		assertThat(delete.getResponse().getStatus()).isEqualTo(400);
		assertThat(this.api.getJson(this.token, "/projects/" + decimal).get("id").asLong()).isEqualTo(id);
	}

	private static String digits(String decimal, char zero) {
		StringBuilder other = new StringBuilder();
		decimal.chars().forEach((digit) -> other.append((char) (zero + digit - '0')));
		return other.toString();
	}

	@Test
	void loginReturnsABearerTokenForTheSeededAdmin() throws Exception {
		JsonNode body = this.api.tokens("admin", "admin123");
		assertThat(body.get("token_type").asString()).isEqualTo("bearer");
		assertThat(body.get("access_token").asString().split("\\.")).hasSize(3);
		assertThat(body.get("expires_in").asLong()).isEqualTo(1800);
	}

	@Test
	void loginWithoutPasswordIs400WithTheSeedMessage() throws Exception {
		MvcResult result = this.api
			.perform(post("/login").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"admin\"}"));
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString())
			.isEqualTo("{\"error\":\"invalid_request\",\"message\":\"username and password required\"}");
	}

	@Test
	void loginWithWrongPasswordIs401Identifiantsinvalides() throws Exception {
		MvcResult result = this.api.login("admin", "wrong-password");
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getContentAsString())
			.isEqualTo("{\"error\":\"unauthorized\",\"message\":\"Identifiants invalides\"}");
	}

	@Test
	void createProjectReturns201WithNoBuildAndAUtcTimestamp() throws Exception {
		String name = Api.unique("demo");
		MvcResult result = this.api.perform(post("/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(Api.write(Map.of("name", name, "repo", "https://github.com/demo/repo"))));
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		JsonNode project = Api.json(result);
		assertThat(project.get("name").asString()).isEqualTo(name);
		assertThat(project.get("repo").asString()).isEqualTo("https://github.com/demo/repo");
		assertThat(project.get("last_build_status").asString()).isEqualTo("none");
		assertThat(project.get("created_at").asString()).endsWith("Z");
		assertThat(Instant.parse(project.get("created_at").asString())).isBefore(Instant.now().plusSeconds(1));
		assertThat(result.getResponse().getHeader("Location")).isEqualTo("/projects/" + project.get("id").asLong());
		assertThat(this.api.getJson(this.token, "/projects/" + project.get("id").asLong())).isEqualTo(project);
	}

	@Test
	void createProjectWithoutRepoIs400WithTheSeedMessage() throws Exception {
		MvcResult result = this.api.perform(post("/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\"}"));
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString())
			.isEqualTo("{\"error\":\"invalid_request\",\"message\":\"name and repo required\"}");
	}

	@Test
	void aMalformedNameOrRepoIs400WithItsOwnMessage() throws Exception {
		assertThat(createBody("{\"name\":\"a\\nb\",\"repo\":\"https://x.org/r\"}"))
			.isEqualTo("{\"error\":\"invalid_request\",\"message\":\"name must be at most 100 printable characters\"}");
		assertThat(createBody("{\"name\":\"a\",\"repo\":\"hello\"}")).isEqualTo("{\"error\":\"invalid_request\","
				+ "\"message\":\"repo must be a repository URL (https://, ssh://, git:// or git@host:path)\"}");
		assertThat(createBody("{\"name\":\" \",\"repo\":\"hello\"}"))
			.isEqualTo("{\"error\":\"invalid_request\",\"message\":\"name and repo required\"}");
	}

	@Test
	void surroundingBlanksAreStrippedBeforeTheLengthIsChecked() throws Exception {
		String name = Api.unique("s").concat("n".repeat(80));
		name = name.substring(0, Math.min(100, name.length()));
		MvcResult result = this.api.perform(post("/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(Api.write(Map.of("name", "  " + name + "  ", "repo", " https://github.com/demo/repo "))));
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		assertThat(Api.json(result).get("name").asString()).isEqualTo(name);
		assertThat(Api.json(result).get("repo").asString()).isEqualTo("https://github.com/demo/repo");
	}

	private String createBody(String json) throws Exception {
		MvcResult result = this.api.perform(post("/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		return result.getResponse().getContentAsString();
	}

	@Test
	void duplicateProjectNameIs409WithTheSeedMessage() throws Exception {
		String name = Api.unique("dup");
		this.api.createProject(this.token, name);
		MvcResult result = this.api.perform(post("/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(Api.write(Map.of("name", name, "repo", "https://github.com/demo/other"))));
		assertThat(result.getResponse().getStatus()).isEqualTo(409);
		assertThat(result.getResponse().getContentAsString())
			.isEqualTo("{\"error\":\"conflict\",\"message\":\"Un projet avec ce nom existe déjà\"}");
	}

	@Test
	void adminDeletesAProjectWithItsBuildsThen404() throws Exception {
		long id = this.api.createProject(this.token, Api.unique("doomed"));
		for (int i = 0; i < 2; i++) {
			this.api
				.perform(post("/projects/" + id + "/build").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token));
		}
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM build WHERE project_id = ?").param(id).query(Long.class).single())
			.isEqualTo(2);
		long total = this.api.getJson(this.token, "/projects?per_page=1").get("total").asLong();
		MvcResult deleted = this.api
			.perform(delete("/projects/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token));
		assertThat(deleted.getResponse().getStatus()).isEqualTo(204);
		assertThat(deleted.getResponse().getContentAsString()).isEmpty();
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM build WHERE project_id = ?").param(id).query(Long.class).single())
			.isZero();
		assertThat(this.api.getJson(this.token, "/projects?per_page=1").get("total").asLong()).isEqualTo(total - 1);
		assertThat(this.api.perform(get("/projects/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token))
			.getResponse()
			.getStatus()).isEqualTo(404);
		MvcResult again = this.api
			.perform(delete("/projects/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token));
		assertThat(again.getResponse().getStatus()).isEqualTo(404);
		assertThat(Api.json(again).get("error").asString()).isEqualTo("not_found");
	}

	@Test
	void developerCannotDeleteAProject() throws Exception {
		long id = this.api.createProject(this.token, Api.unique("kept"));
		String developer = this.api.developerToken(this.token);
		MvcResult refused = this.api
			.perform(delete("/projects/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + developer));
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(Api.json(refused).get("error").asString()).isEqualTo("forbidden");
		assertThat(this.api.getJson(this.token, "/projects/" + id).get("id").asLong()).isEqualTo(id);
		assertThat(this.api.perform(delete("/projects/" + id)).getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void listIsNewestFirstInTheSeedEnvelope() throws Exception {
		long older = this.api.createProject(this.token, Api.unique("older"));
		long newer = this.api.createProject(this.token, Api.unique("newer"));
		JsonNode page = this.api.getJson(this.token, "/projects?page=1&per_page=2");
		assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(newer);
		assertThat(page.get("items").get(1).get("id").asLong()).isEqualTo(older);
		long total = page.get("total").asLong();
		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(page.get("pages").asLong()).isEqualTo((total + 1) / 2);
		assertThat(page.get("items").get(0).propertyNames()).containsExactly("id", "name", "repo", "last_build_status",
				"created_at");
	}

	@Test
	void theListShowsAProjectAndABuildTriggeredSinceTheLastListAtOnce() throws Exception {
		this.api.getJson(this.token, "/projects?page=1&per_page=1");
		long id = this.api.createProject(this.token, Api.unique("listed"));
		JsonNode created = this.api.getJson(this.token, "/projects?page=1&per_page=1").get("items").get(0);
		assertThat(created.get("id").asLong()).isEqualTo(id);
		assertThat(created.get("last_build_status").asString()).isEqualTo("none");
		MvcResult trigger = this.api
			.perform(post("/projects/" + id + "/build").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token));
		assertThat(trigger.getResponse().getStatus()).isEqualTo(201);
		JsonNode built = this.api.getJson(this.token, "/projects?page=1&per_page=1").get("items").get(0);
		assertThat(built.get("last_build_status").asString()).isEqualTo(Api.json(trigger).get("status").asString());
	}

	@Test
	void perPageAbove100Is400() throws Exception {
		MvcResult result = this.api
			.perform(get("/projects?per_page=101").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token));
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(Api.json(result).get("message").asString()).contains("per_page");
	}

	@Test
	void unknownProjectIs404InTheJsonShape() throws Exception {
		MvcResult result = this.api
			.perform(get("/projects/999999999").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token));
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(Api.json(result).get("error").asString()).isEqualTo("not_found");
	}

	@Test
	void statusNeedsNoTokenAndChecksTheDatabase() throws Exception {
		MvcResult result = this.api.perform(get("/status"));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		JsonNode status = Api.json(result);
		assertThat(status.propertyNames()).containsExactly("status", "version", "uptime_s", "db_ok", "time");
		assertThat(status.get("status").asString()).isEqualTo("ok");
		assertThat(status.get("version").asString()).isEqualTo("0.1.0");
		assertThat(status.get("db_ok").asBoolean()).isTrue();
		assertThat(status.get("time").asString()).endsWith("Z");
	}

	@Test
	void projectsWithoutTokenIs401WithBearerChallenge() throws Exception {
		MvcResult result = this.api.perform(get("/projects"));
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(Api.json(result).get("error").asString()).isEqualTo("unauthorized");
	}

	@Test
	void corsAllowsOnlyConfiguredOrigins() throws Exception {
		MvcResult allowed = this.api
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options("/projects")
				.header("Origin", "https://ci.example.org")
				.header("Access-Control-Request-Method", "GET"));
		assertThat(allowed.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("https://ci.example.org");
		MvcResult refused = this.api
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options("/projects")
				.header("Origin", "https://evil.example.com")
				.header("Access-Control-Request-Method", "GET"));
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(refused.getResponse().getHeader("Access-Control-Allow-Origin")).isNull();
	}

}
