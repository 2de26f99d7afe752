package dev.flotilla.factory.build;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * The seed's own sequence, as a client written from its code excerpts and curl examples
 * replays it: login, create, duplicate, build, builds, status.
 */
@FactoryIT
class SeedBuildIT {

	private static final Pattern SEED_LOG = Pattern.compile(
			"Build simulated at (\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?Z)\\. Status: (success|fail)");

	@Autowired
	MockMvc mvc;

	@Test
	void theSeedSequenceGivesTheSeedStatusesAndBodies() throws Exception {
		Api api = new Api(this.mvc);
		MvcResult login = api.login("admin", "admin123");
		assertThat(login.getResponse().getStatus()).isEqualTo(200);
		JsonNode tokens = Api.json(login);
		assertThat(tokens.propertyNames()).startsWith("access_token", "token_type");
		assertThat(tokens.get("token_type").asString()).isEqualTo("bearer");
		String bearer = "Bearer " + tokens.get("access_token").asString();

		String name = Api.unique("DemoProj");
		String body = Api.write(Map.of("name", name, "repo", "https://github.com/demo/repo"));
		MvcResult created = api.perform(post("/projects").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		long id = Api.json(created).get("id").asLong();

		MvcResult duplicate = api.perform(post("/projects").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
		assertThat(duplicate.getResponse().getStatus()).isEqualTo(409);
		assertThat(duplicate.getResponse().getContentAsString())
			.isEqualTo("{\"error\":\"conflict\",\"message\":\"Un projet avec ce nom existe déjà\"}");

		Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
		MvcResult built = api.perform(post("/projects/" + id + "/build").header(HttpHeaders.AUTHORIZATION, bearer));
		Instant after = Instant.now();
		assertThat(built.getResponse().getStatus()).isEqualTo(201);
		assertThat(built.getResponse().getHeader("Location")).isEqualTo("/projects/" + id + "/builds/1");
		JsonNode build = Api.json(built);
		assertThat(build.propertyNames()).startsWith("id", "project_id", "status", "duration_s", "logs");
		assertThat(build.get("project_id").asLong()).isEqualTo(id);
		String status = build.get("status").asString();
		assertThat(status).isIn("success", "fail");
		double duration = build.get("duration_s").asDouble();
		assertThat(duration).isBetween(2.0, 10.0);
		assertThat(Math.round(duration * 100) / 100.0).isEqualTo(duration);
		Matcher log = SEED_LOG.matcher(build.get("logs").asString());
		assertThat(log.matches()).as(build.get("logs").asString()).isTrue();
		assertThat(log.group(3)).isEqualTo(status);
		assertThat(Instant.parse(log.group(1))).isBetween(before, after);
		BuildSimulator.Outcome expected = new BuildSimulator(42L).outcome(id, 1);
		assertThat(status).isEqualTo(expected.result().value());
		assertThat(duration).isEqualTo(expected.durationS());
		assertThat(api.getJson(bearer.substring(7), "/projects/" + id).get("last_build_status").asString())
			.isEqualTo(status);

		MvcResult builds = api.perform(get("/projects/" + id + "/builds").header(HttpHeaders.AUTHORIZATION, bearer));
		assertThat(builds.getResponse().getStatus()).isEqualTo(200);
		JsonNode page = Api.json(builds);
		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(page.get("items").get(0)).isEqualTo(build);

		MvcResult health = api.perform(get("/status"));
		assertThat(health.getResponse().getStatus()).isEqualTo(200);
		assertThat(Api.json(health).get("version").asString()).isEqualTo("0.1.0");
		assertThat(Api.json(health).get("status").asString()).isEqualTo("ok");
	}

	@Test
	void seedBuildsAreNumberedWithQueuedOnesAndNeverRunByAWorker() throws Exception {
		Api api = new Api(this.mvc);
		String token = api.adminToken();
		long id = api.createProject(token, Api.unique("mixed"));
		MvcResult queued = api
			.perform(post("/projects/" + id + "/builds").header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
		assertThat(queued.getResponse().getStatus()).isEqualTo(202);
		MvcResult simulated = api
			.perform(post("/projects/" + id + "/build").header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
		JsonNode build = Api.json(simulated);
		assertThat(build.get("number").asInt()).isEqualTo(2);
		assertThat(build.get("logs").asString()).doesNotContain("Started on");
		assertThat(api.getJson(token, "/projects/" + id + "/builds/2")).isEqualTo(build);
	}

	@Test
	void theSeedOutcomeDrawsBothResultsAndDurationsInTwoToTen() {
		BuildSimulator simulator = new BuildSimulator(null);
		List<BuildSimulator.Outcome> outcomes = java.util.stream.IntStream.range(0, 200)
			.mapToObj((n) -> simulator.outcome(1, n))
			.toList();
		assertThat(outcomes).extracting(BuildSimulator.Outcome::result)
			.containsOnly(BuildStatus.SUCCESS, BuildStatus.FAIL)
			.contains(BuildStatus.SUCCESS, BuildStatus.FAIL);
		assertThat(outcomes).allSatisfy((outcome) -> assertThat(outcome.durationS()).isBetween(2.0, 10.0));
	}

	@Test
	void seedTimeWritesSixFractionDigitsOrNoneLikePythonsIsoformat() {
		assertThat(SeedTime.format(Instant.parse("2026-12-03T19:04:05Z"))).isEqualTo("2026-12-03T19:04:05Z");
		assertThat(SeedTime.format(Instant.parse("2026-12-03T19:04:05.000007Z")))
			.isEqualTo("2026-12-03T19:04:05.000007Z");
		assertThat(SeedTime.format(Instant.parse("2026-12-03T19:04:05.120Z"))).isEqualTo("2026-12-03T19:04:05.120000Z");
	}

}
