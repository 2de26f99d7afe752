package dev.flotilla.factory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every write path, then again once the pool has retired every connection it had at the
 * start (the suite runs with Hikari's shortest {@code max-lifetime}, 30 s), as happens in
 * production after 30 minutes: all 2xx both times, and every row stored before is still
 * there, unchanged. On the local default store, an H2 file (issue 16: H2 had bound a shop
 * check constraint to the migrating session). Builds run in real time here, so that a
 * queued or running build is there to cancel.
 */
@FactoryIT
@DirtiesContext
class FactorySoakIT {

	private static final List<String> TABLES = List.of("app_user", "refresh_token", "project", "build");

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		Path file = Path.of("target", "soak", "factory-" + System.nanoTime(), "factory").toAbsolutePath();
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + file
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
		registry.add("factory.builds.time-scale", () -> "1.0");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyWritePathWorksAfterThePoolRecycledItsConnectionsAndNothingIsLost() throws Exception {
		writeEverything("avant");
		Set<Long> sessions = sessions();
		assertThat(sessions).isNotEmpty();
		Map<String, Long> before = counts();
		Map<String, Long> last = lastIds();
		String digest = digest(last);

		// Bounded: max-lifetime is 30 s (less up to 2.5 % of variance); each connection
		// in use is retired when it is returned.
		await().atMost(Duration.ofSeconds(75))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> sessions().stream().noneMatch(sessions::contains));

		assertThat(counts()).isEqualTo(before);
		assertThat(digest(last)).isEqualTo(digest);
		writeEverything("apres");
		Map<String, Long> after = counts();
		// Each round: a developer, 3 refresh tokens (admin, developer, refreshed), one
		// project kept, 3 builds.
		assertThat(after).containsEntry("app_user", before.get("app_user") + 1)
			.containsEntry("refresh_token", before.get("refresh_token") + 3)
			.containsEntry("project", before.get("project") + 1)
			.containsEntry("build", before.get("build") + 3);
		assertThat(this.jdbc.sql("SELECT total FROM project_total").query(Long.class).single())
			.isEqualTo(after.get("project"));
		assertThat(digest(last)).isEqualTo(digest);
	}

	/**
	 * Every write the API offers: log in, users, refresh, logout, projects, the seed's
	 * build, queued builds, cancel, retry, and the worker's own status changes.
	 */
	private void writeEverything(String tag) throws Exception {
		Api api = new Api(this.mvc);
		String admin = api.adminToken();
		String developer = Api.unique("soak-" + tag);
		ok(api.perform(withJson(post("/users"), admin,
				Map.of("username", developer, "password", "s3cret-passw0rd", "role", "developer"))));
		JsonNode tokens = api.tokens(developer, "s3cret-passw0rd");
		JsonNode refreshed = Api.json(ok(api.perform(withJson(post("/token/refresh"), null,
				Map.of("refresh_token", tokens.get("refresh_token").asString())))));
		String token = refreshed.get("access_token").asString();
		ok(api.perform(
				withJson(post("/logout"), null, Map.of("refresh_token", refreshed.get("refresh_token").asString()))));

		long project = api.createProject(token, Api.unique("soak-" + tag));
		long doomed = api.createProject(token, Api.unique("soak-doomed-" + tag));
		ok(api.perform(delete("/projects/" + doomed).header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)));

		String builds = "/projects/" + project + "/build";
		assertThat(Api.json(ok(api.perform(authorized(post(builds), token)))).get("number").asInt()).isOne();
		JsonNode queued = Api.json(ok(api.perform(authorized(post(builds + "s"), token))));
		String second = builds + "s/" + queued.get("number").asInt();
		assertThat(Api.json(ok(api.perform(authorized(post(second + "/cancel"), token)))).get("status").asString())
			.isEqualTo("cancelled");
		JsonNode retry = Api.json(ok(api.perform(authorized(post(second + "/retry"), token))));
		String third = builds + "s/" + retry.get("number").asInt();
		JsonNode finished = await().atMost(Duration.ofSeconds(30))
			.until(() -> api.getJson(token, third),
					(build) -> Set.of("success", "fail").contains(build.get("status").asString()));
		assertThat(api.getJson(token, "/projects/" + project).get("last_build_status").asString())
			.isEqualTo(finished.get("status").asString());
	}

	private static MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request, String token) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	private static MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, String token,
			Object body) {
		if (token != null) {
			authorized(request, token);
		}
		return request.contentType(MediaType.APPLICATION_JSON).content(Api.write(body));
	}

	private static MvcResult ok(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isBetween(200, 299);
		return result;
	}

	private Set<Long> sessions() {
		return Set.copyOf(this.jdbc.sql("SELECT session_id FROM information_schema.sessions").query(Long.class).list());
	}

	private Map<String, Long> counts() {
		return TABLES.stream()
			.collect(Collectors.toMap((table) -> table,
					(table) -> this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()));
	}

	private Map<String, Long> lastIds() {
		return TABLES.stream()
			.collect(Collectors.toMap((table) -> table,
					(table) -> this.jdbc.sql("SELECT MAX(id) FROM " + table).query(Long.class).single()));
	}

	/** SHA-256 of every row up to the given ids, table by table, in id order. */
	private String digest(Map<String, Long> last) throws NoSuchAlgorithmException {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		for (String table : TABLES) {
			List<String> rows = this.jdbc.sql("SELECT * FROM " + table + " WHERE id <= ? ORDER BY id")
				.param(last.get(table))
				.query((rs, n) -> {
					StringBuilder row = new StringBuilder(table);
					for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
						row.append('|').append(rs.getString(column));
					}
					return row.toString();
				})
				.list();
			assertThat(rows).as(table).isNotEmpty();
			rows.forEach((row) -> sha.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
		}
		return HexFormat.of().formatHex(sha.digest());
	}

}
