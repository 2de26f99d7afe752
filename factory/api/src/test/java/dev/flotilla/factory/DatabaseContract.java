package dev.flotilla.factory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;

import dev.flotilla.platform.security.jwt.JwtDenyList;
import dev.flotilla.platform.security.jwt.PlatformJwtProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What every supported database must do, run once per server: the migrations, the
 * repositories behind each route, and the races the database's constraints and
 * conditional updates decide.
 */
abstract class DatabaseContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JwtDecoder decoder;

	@Autowired
	PlatformJwtProperties jwtProperties;

	Api api;

	String token;

	@BeforeEach
	void logIn() throws Exception {
		this.api = new Api(this.mvc);
		this.token = this.api.adminToken();
	}

	@Test
	void migrationsCreateTheSchemaAndSeedTheAdmin() {
		long applied = this.jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE")
			.query(Long.class)
			.single();
		assertThat(applied).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.sql("SELECT role FROM app_user WHERE username = 'admin'").query(String.class).single())
			.isEqualTo("admin");
	}

	@Test
	void projectRoundTripsWithAccentsAndMicrosecondTimestamps() throws Exception {
		String name = Api.unique("Élève-Données");
		long id = this.api.createProject(this.token, name);
		JsonNode project = this.api.getJson(this.token, "/projects/" + id);
		assertThat(project.get("name").asString()).isEqualTo(name);
		JsonNode listed = this.api.getJson(this.token, "/projects?per_page=1").get("items").get(0);
		assertThat(listed).isEqualTo(project);
	}

	@Test
	void racingCreatesOfOneNameGiveOne201AndOnly409s() throws Exception {
		String name = Api.unique("race");
		List<Integer> statuses = inParallel(12,
				() -> this.api
					.perform(post("/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token)
						.contentType(MediaType.APPLICATION_JSON)
						.content(Api.write(Map.of("name", name, "repo", "https://x.org/r"))))
					.getResponse()
					.getStatus());
		assertThat(statuses).containsOnly(201, 409);
		assertThat(statuses.stream().filter((status) -> status == 201)).hasSize(1);
	}

	@Test
	void listTotalCountsEveryCreatedProjectAndNoRefusedOne() throws Exception {
		long before = this.api.getJson(this.token, "/projects?per_page=1").get("total").asLong();
		String name = Api.unique("total");
		AtomicInteger next = new AtomicInteger();
		List<Integer> statuses = inParallel(12, () -> createStatus(name + "-" + next.getAndIncrement() % 3));
		assertThat(statuses.stream().filter((status) -> status == 201)).hasSize(3);
		assertThat(statuses.stream().filter((status) -> status == 409)).hasSize(9);
		JsonNode page = this.api.getJson(this.token, "/projects?per_page=1");
		assertThat(page.get("total").asLong()).isEqualTo(before + 3)
			.isEqualTo(this.jdbc.sql("SELECT COUNT(*) FROM project").query(Long.class).single());
	}

	private int createStatus(String name) throws Exception {
		return this.api
			.perform(post("/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(Api.write(Map.of("name", name, "repo", "https://x.org/r"))))
			.getResponse()
			.getStatus();
	}

	@Test
	void fiftyParallelTriggersAreNumberedOneToFiftyAndAllFinish() throws Exception {
		long project = this.api.createProject(this.token, Api.unique("triggers"));
		List<Integer> statuses = inParallel(50, () -> this.api
			.perform(post("/projects/" + project + "/builds").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token))
			.getResponse()
			.getStatus());
		assertThat(statuses).hasSize(50).containsOnly(202);
		JsonNode page = await().atMost(Duration.ofSeconds(60))
			.until(() -> this.api.getJson(this.token, "/projects/" + project + "/builds?per_page=100"),
					(builds) -> allFinal(builds.get("items")));
		assertThat(page.get("total").asLong()).isEqualTo(50);
		Set<Integer> numbers = new TreeSet<>();
		page.get("items").forEach((build) -> {
			numbers.add(build.get("number").asInt());
			assertThat(build.get("logs").asString()).containsOnlyOnce("Started on");
		});
		assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
		String latest = page.get("items").get(0).get("status").asString();
		assertThat(this.api.getJson(this.token, "/projects/" + project).get("last_build_status").asString())
			.isEqualTo(latest);
	}

	@Test
	void refreshTokenIsRedeemedOnceUnderRacingRequests() throws Exception {
		String refresh = this.api.tokens("admin", "admin123").get("refresh_token").asString();
		List<Integer> statuses = inParallel(8,
				() -> this.api
					.perform(post("/token/refresh").contentType(MediaType.APPLICATION_JSON)
						.content(Api.write(Map.of("refresh_token", refresh))))
					.getResponse()
					.getStatus());
		assertThat(statuses.stream().filter((status) -> status == 200)).hasSize(1);
		assertThat(statuses).containsOnly(200, 401);
	}

	@Test
	void logoutRevokesTheAccessTokenOnEveryReplica() throws Exception {
		JsonNode tokens = this.api.tokens("admin", "admin123");
		String access = tokens.get("access_token").asString();
		Jwt jwt = this.decoder.decode(access);
		// Another replica: its own deny-list (nothing in memory), the same database.
		JwtDenyList otherReplica = new JwtDenyList(this.jdbc, "revoked_token", Clock.systemUTC(), this.jwtProperties);
		assertThat(otherReplica.check(jwt).hasErrors()).isFalse();
		int logout = this.api
			.perform(post("/logout").header(HttpHeaders.AUTHORIZATION, "Bearer " + access)
				.contentType(MediaType.APPLICATION_JSON)
				.content(Api.write(Map.of("refresh_token", tokens.get("refresh_token").asString()))))
			.getResponse()
			.getStatus();
		assertThat(logout).isEqualTo(204);
		assertThat(this.api.perform(get("/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + access))
			.getResponse()
			.getStatus()).isEqualTo(401);
		assertThat(otherReplica.check(jwt).getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getDescription()).contains("revoked"));
		assertThat(this.api.getJson(this.token, "/projects?per_page=1").has("items")).isTrue();
	}

	@Test
	void revokedTokensAreDeletedOnceExpired() {
		JwtDenyList denyList = new JwtDenyList(this.jdbc, "revoked_token", Clock.systemUTC(), this.jwtProperties);
		String expired = UUID.randomUUID().toString();
		String live = UUID.randomUUID().toString();
		denyList.revoke(jwt(live, Instant.now().plusSeconds(600)));
		denyList.revoke(jwt(expired, Instant.now().minusSeconds(60)));
		assertThat(this.jdbc.sql("SELECT jti FROM revoked_token WHERE jti IN (?, ?)")
			.params(expired, live)
			.query(String.class)
			.list()).containsExactly(live);
	}

	@Test
	void usernameDiffersOnlyByCaseIsRefused() throws Exception {
		String username = Api.unique("Case");
		assertThat(createUser(username)).isEqualTo(201);
		assertThat(createUser(username.toUpperCase(Locale.ROOT))).isEqualTo(409);
		assertThat(createUser(username.toLowerCase(Locale.ROOT))).isEqualTo(409);
		assertThat(createUser("ADMIN")).isEqualTo(409);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM app_user WHERE LOWER(username) = LOWER(?)")
			.param(username)
			.query(Long.class)
			.single()).isEqualTo(1);
		// Login stays exact, as it was: the name as created.
		assertThat(this.api.login(username, "s3cret-passw0rd").getResponse().getStatus()).isEqualTo(200);
		assertThat(this.api.login(username.toUpperCase(Locale.ROOT), "s3cret-passw0rd").getResponse().getStatus())
			.isEqualTo(401);
	}

	private int createUser(String username) throws Exception {
		return this.api
			.perform(post("/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(Api.write(Map.of("username", username, "password", "s3cret-passw0rd", "role", "developer"))))
			.getResponse()
			.getStatus();
	}

	private static Jwt jwt(String id, Instant expiresAt) {
		return Jwt.withTokenValue(id).header("alg", "HS256").subject("admin").jti(id).expiresAt(expiresAt).build();
	}

	private static boolean allFinal(JsonNode builds) {
		for (JsonNode build : builds) {
			String status = build.get("status").asString();
			if (status.equals("queued") || status.equals("running")) {
				return false;
			}
		}
		return true;
	}

	private static <T> List<T> inParallel(int count, Callable<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 16));
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				futures.add(pool.submit(task));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

}
