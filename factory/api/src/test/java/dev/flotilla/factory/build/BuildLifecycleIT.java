package dev.flotilla.factory.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.flotilla.factory.Api;
import dev.flotilla.factory.FactoryIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@FactoryIT
class BuildLifecycleIT {

	private static final Duration LIMIT = Duration.ofSeconds(20);

	@Autowired
	MockMvc mvc;

	@Autowired
	BuildWorker worker;

	Api api;

	String token;

	long project;

	@BeforeEach
	void setUp() throws Exception {
		this.api = new Api(this.mvc);
		this.token = this.api.adminToken();
		this.project = this.api.createProject(this.token, Api.unique("life"));
	}

	@AfterEach
	void restoreWorker() {
		this.worker.timeScale(0.01);
		this.worker.pause(false);
	}

	@Test
	void triggerIsAcceptedQueuedWithALocation() throws Exception {
		this.worker.pause(true);
		MvcResult result = trigger();
		assertThat(result.getResponse().getStatus()).isEqualTo(202);
		assertThat(result.getResponse().getHeader("Location")).isEqualTo("/projects/" + this.project + "/builds/1");
		JsonNode build = Api.json(result);
		assertThat(build.get("status").asString()).isEqualTo("queued");
		assertThat(build.get("number").asInt()).isEqualTo(1);
		assertThat(build.get("project_id").asLong()).isEqualTo(this.project);
		assertThat(project().get("last_build_status").asString()).isEqualTo("queued");
	}

	@Test
	void buildRunsItsStagesInOrderToTheSeededResult() throws Exception {
		trigger();
		JsonNode build = awaitFinal(1);
		BuildSimulator.Plan plan = new BuildSimulator(42L).plan(this.project, 1,
				"https://git.example.org/" + project().get("name").asString());
		assertThat(build.get("status").asString()).isEqualTo(plan.result().value());
		assertThat(build.get("duration_s").asDouble()).isEqualTo(plan.durationS());
		List<String> lines = build.get("logs").asString().lines().toList();
		assertThat(lines.get(0)).isEqualTo("Queued");
		assertThat(lines.get(1)).startsWith("Started on ");
		assertThat(lines.subList(2, 7))
			.containsExactlyElementsOf(plan.steps().stream().map((step) -> step.line().strip()).toList());
		assertThat(lines.get(7)).isEqualTo(plan.finalLine().strip());
		assertThat(build.get("started_at").asString()).isLessThanOrEqualTo(build.get("finished_at").asString());
		assertThat(project().get("last_build_status").asString()).isEqualTo(plan.result().value());
	}

	@Test
	void sameSeedGivesTheSameResultsForTheSameBuildNumbers() {
		BuildSimulator first = new BuildSimulator(7L);
		BuildSimulator second = new BuildSimulator(7L);
		for (int number = 1; number <= 20; number++) {
			assertThat(first.plan(3, number, "r")).isEqualTo(second.plan(3, number, "r"));
		}
		Set<BuildStatus> results = IntStream.rangeClosed(1, 40)
			.mapToObj((n) -> first.plan(3, n, "r").result())
			.collect(Collectors.toSet());
		assertThat(results).containsExactlyInAnyOrder(BuildStatus.SUCCESS, BuildStatus.FAIL);
	}

	@Test
	void cancelQueuedBuildIsNeverRun() throws Exception {
		this.worker.pause(true);
		trigger();
		trigger();
		JsonNode cancelled = Api.json(cancel(1));
		assertThat(cancelled.get("status").asString()).isEqualTo("cancelled");
		this.worker.pause(false);
		awaitFinal(2);
		JsonNode first = build(1);
		assertThat(first.get("status").asString()).isEqualTo("cancelled");
		assertThat(first.get("started_at").isNull()).isTrue();
		assertThat(first.get("logs").asString()).doesNotContain("Started on");
	}

	@Test
	void cancelRunningBuildStopsItsWorkerAtOnce() throws Exception {
		this.worker.timeScale(100);
		trigger();
		await().atMost(LIMIT).until(() -> "running".equals(build(1).get("status").asString()));
		assertThat(cancel(1).getResponse().getStatus()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.worker.runningCount() == 0);
		JsonNode build = build(1);
		assertThat(build.get("status").asString()).isEqualTo("cancelled");
		assertThat(build.get("logs").asString()).endsWith("Cancelled by admin\n");
		assertThat(project().get("last_build_status").asString()).isEqualTo("cancelled");
	}

	@Test
	void cancelFinishedBuildIs409() throws Exception {
		trigger();
		awaitFinal(1);
		MvcResult result = cancel(1);
		assertThat(result.getResponse().getStatus()).isEqualTo(409);
		assertThat(Api.json(result).get("error").asString()).isEqualTo("conflict");
	}

	@Test
	void retryQueuesANewNumberedBuildOnlyFromAFinishedOne() throws Exception {
		this.worker.pause(true);
		trigger();
		assertThat(retry(1).getResponse().getStatus()).isEqualTo(409);
		this.worker.pause(false);
		awaitFinal(1);
		MvcResult retried = retry(1);
		assertThat(retried.getResponse().getStatus()).isEqualTo(202);
		JsonNode build = Api.json(retried);
		assertThat(build.get("number").asInt()).isEqualTo(2);
		assertThat(build.get("retry_of").asInt()).isEqualTo(1);
		assertThat(awaitFinal(2).get("logs").asString()).startsWith("Queued as a retry of #1\n");
	}

	@Test
	void fiftyParallelTriggersMakeBuildsNumberedOneToFifty() throws Exception {
		this.worker.pause(true);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				statuses.add(pool.submit(() -> trigger().getResponse().getStatus()));
			}
			for (Future<Integer> status : statuses) {
				assertThat(status.get()).isEqualTo(202);
			}
		}
		finally {
			pool.shutdown();
		}
		JsonNode page = this.api.getJson(this.token, "/projects/" + this.project + "/builds?per_page=100");
		assertThat(page.get("total").asLong()).isEqualTo(50);
		Set<Integer> numbers = new TreeSet<>();
		page.get("items").forEach((build) -> numbers.add(build.get("number").asInt()));
		assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
	}

	@Test
	void progressiveLogReadsConcatenateToTheWholeLog() throws Exception {
		trigger();
		JsonNode build = awaitFinal(1);
		StringBuilder read = new StringBuilder();
		long offset = 0;
		JsonNode chunk;
		do {
			chunk = this.api.getJson(this.token, path(1) + "/logs?offset=" + offset);
			read.append(chunk.get("text").asString());
			offset = chunk.get("next_offset").asLong();
		}
		while (chunk.get("more").asBoolean());
		assertThat(read.toString()).isEqualTo(build.get("logs").asString());
		JsonNode tail = this.api.getJson(this.token, path(1) + "/logs?offset=" + offset);
		assertThat(tail.get("text").asString()).isEmpty();
		assertThat(tail.get("more").asBoolean()).isFalse();
	}

	@Test
	void logStreamSendsTheLogThenTheFinalStatus() throws Exception {
		trigger();
		MvcResult started = this.api
			.perform(get(path(1) + "/logs/stream").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token));
		// The end event is written in pieces: wait for its data line's closing blank
		// line.
		String events = await().atMost(LIMIT)
			.until(() -> started.getResponse().getContentAsString(),
					(content) -> content.matches("(?s).*event:end\ndata:[^\n]+\n\n"));
		JsonNode build = build(1);
		assertThat(events).contains("event:log").contains("Packaging artifacts");
		assertThat(events).contains("\"status\":\"" + build.get("status").asString() + "\"");
	}

	private MvcResult trigger() throws Exception {
		return this.api.perform(post("/projects/" + this.project + "/builds").header(HttpHeaders.AUTHORIZATION,
				"Bearer " + this.token));
	}

	private MvcResult cancel(int number) throws Exception {
		return this.api
			.perform(post(path(number) + "/cancel").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token));
	}

	private MvcResult retry(int number) throws Exception {
		return this.api
			.perform(post(path(number) + "/retry").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token));
	}

	private JsonNode build(int number) throws Exception {
		return this.api.getJson(this.token, path(number));
	}

	private JsonNode project() throws Exception {
		return this.api.getJson(this.token, "/projects/" + this.project);
	}

	private JsonNode awaitFinal(int number) {
		return await().atMost(LIMIT).until(() -> build(number), (build) -> {
			String status = build.get("status").asString();
			return status.equals("success") || status.equals("fail") || status.equals("cancelled");
		});
	}

	private String path(int number) {
		return "/projects/" + this.project + "/builds/" + number;
	}

}
