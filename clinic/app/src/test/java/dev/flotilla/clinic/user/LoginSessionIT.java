package dev.flotilla.clinic.user;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.flotilla.clinic.ClinicIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The login over real HTTP: the session cookie's flags, a new session id at login, the
 * session gone at logout, CSRF on state-changing calls, the idle timeout, and throttling
 * of repeated failures.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoginSessionIT extends ClinicIntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("CLINIC_SESSION=([^;]+)");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Autowired
	private FindByIndexNameSessionRepository<? extends Session> sessionStore;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void loginRotatesTheSessionAndLogoutEndsIt() throws Exception {
		HttpResponse<String> form = send(get("/login", null));
		String before = sessionCookie(form).orElseThrow();
		assertThat(form.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).contains("CLINIC_SESSION=", "HttpOnly", "SameSite=Lax"));

		HttpResponse<String> login = send(postForm("/login", before,
				Map.of("username", "admin", "password", "admin", "_csrf", csrfField(form.body()))));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValue("/ui");
		String after = sessionCookie(login).orElseThrow();
		assertThat(after).isNotEqualTo(before);
		assertThat(send(get("/api/search", before)).statusCode()).isEqualTo(401);
		assertThat(send(get("/api/search", after)).statusCode()).isEqualTo(200);

		HttpResponse<String> page = send(get("/ui/search", after));
		HttpResponse<String> logout = send(postForm("/logout", after, Map.of("_csrf", csrfField(page.body()))));
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location")).hasValue("/login?logout");
		assertThat(send(get("/api/search", after)).statusCode()).isEqualTo(401);
	}

	@Test
	void anAdminsChangeToAUserEndsThatUsersSessionsAtTheirNextRequest() throws Exception {
		String username = "revoked-" + Long.toHexString(System.nanoTime());
		long id = read(this.mvc
			.perform(withJson(post("/api/users"),
					Map.of("username", username, "password", "first-password", "role", "modification"))
				.with(admin()))
			.andReturn()).get("id").asLong();

		String session = loggedIn(username, "first-password");
		String other = loggedIn(username, "first-password");
		assertThat(send(get("/api/search", session)).statusCode()).isEqualTo(200);
		assertThat(changeUser(put("/api/users/" + id), Map.of("role", "lecture", "enabled", true))).isEqualTo(200);
		assertThat(send(get("/api/search", session)).statusCode()).isEqualTo(401);
		HttpResponse<String> page = send(get("/ui/search", other));
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));

		String lecture = loggedIn(username, "first-password");
		assertThat(send(get("/api/search", lecture)).statusCode()).isEqualTo(200);
		assertThat(changeUser(post("/api/users/" + id + "/password"), Map.of("password", "second-password")))
			.isEqualTo(204);
		assertThat(send(get("/api/search", lecture)).statusCode()).isEqualTo(401);

		String beforeDeactivation = loggedIn(username, "second-password");
		assertThat(send(get("/api/search", beforeDeactivation)).statusCode()).isEqualTo(200);
		assertThat(changeUser(put("/api/users/" + id), Map.of("role", "lecture", "enabled", false))).isEqualTo(200);
		assertThat(send(get("/api/search", beforeDeactivation)).statusCode()).isEqualTo(401);
		assertThat(send(get("/api/patients", loggedIn("admin", "admin"))).statusCode()).isEqualTo(200);
	}

	@Test
	void stateChangingCallsNeedTheCsrfToken() throws Exception {
		String session = loggedIn();
		HttpRequest without = HttpRequest.newBuilder(url("/api/patients"))
			.header("Cookie", "CLINIC_SESSION=" + session)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"patientId\":\"CSRF-1\",\"patientName\":\"CSRF\"}"))
			.build();
		HttpResponse<String> refused = send(without);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("csrf_token_invalid");

		String token = this.json.readTree(send(get("/api/csrf", session)).body()).get("token").asString();
		HttpRequest with = HttpRequest.newBuilder(url("/api/patients"))
			.header("Cookie", "CLINIC_SESSION=" + session)
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString("{\"patientId\":\"CSRF-1\",\"patientName\":\"CSRF\"}"))
			.build();
		assertThat(send(with).statusCode()).isEqualTo(201);
	}

	@Test
	void anonymousStateChangingCallIs401EvenWithoutCsrf() throws Exception {
		HttpResponse<String> anonymous = send(HttpRequest.newBuilder(url("/api/patients"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).contains("\"error\":\"unauthorized\"");
	}

	@Test
	void idleSessionsExpireAfterTheConfiguredTimeout() throws Exception {
		assertThat(this.sessionStore.createSession().getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
		String username = "idle-" + Long.toHexString(System.nanoTime());
		createUser(username, "idle-password");
		loggedIn(username, "idle-password");
		assertThat(this.jdbc.queryForObject("SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?",
				Integer.class, username))
			.as("seconds")
			.isEqualTo(1800);
	}

	@Test
	void sessionsAreRowsInTheDatabaseThatAnAdminsChangeDeletes() throws Exception {
		String username = "stored-" + Long.toHexString(System.nanoTime());
		long id = createUser(username, "stored-password");
		loggedIn(username, "stored-password");
		loggedIn(username, "stored-password");
		assertThat(this.sessionStore.findByPrincipalName(username)).hasSize(2).allSatisfy((sessionId, session) -> {
			SecurityContext context = session.getAttribute("SPRING_SECURITY_CONTEXT");
			assertThat(((UserDetails) context.getAuthentication().getPrincipal()).getPassword())
				.as("no password hash in the stored session")
				.isNull();
		});
		assertThat(changeUser(put("/api/users/" + id), Map.of("role", "lecture", "enabled", true))).isEqualTo(200);
		assertThat(this.sessionStore.findByPrincipalName(username)).isEmpty();
	}

	private long createUser(String username, String password) throws Exception {
		return read(this.mvc
			.perform(withJson(post("/api/users"),
					Map.of("username", username, "password", password, "role", "modification"))
				.with(admin()))
			.andReturn()).get("id").asLong();
	}

	@Test
	void repeatedFailuresSlowTheirClientOnlyAndAreLogged(CapturedOutput output) throws Exception {
		for (String name : new String[] { "throttled", "colleague" }) {
			this.mvc
				.perform(withJson(post("/api/users"),
						"{\"username\":\"" + name + "\",\"password\":\"right-password\",\"role\":\"lecture\"}")
					.with(admin()))
				.andReturn();
		}
		for (int i = 0; i < 5; i++) {
			MockHttpServletResponse failed = this.mvc.perform(login("throttled", "wrong", "10.9.9.9"))
				.andReturn()
				.getResponse();
			assertThat(failed.getRedirectedUrl()).isEqualTo("/login?error");
		}
		MockHttpServletResponse throttled = this.mvc.perform(login("throttled", "right-password", "10.9.9.9"))
			.andReturn()
			.getResponse();
		assertThat(throttled.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(throttled.getHeader("Retry-After"))).isBetween(1L, 5L);
		assertThat(throttled.getContentAsString()).contains("Trop de tentatives");
		assertThat(this.mvc.perform(login("colleague", "right-password", "10.9.9.9"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/ui");
		assertThat(this.mvc.perform(login("throttled", "right-password", "10.9.9.10"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/ui");
		assertThat(output).contains("Login failed for user 'throttled' from ip:10.9.9.9")
			.contains("Login throttled for user 'throttled'");
	}

	private static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	private String loggedIn() throws IOException, InterruptedException {
		return loggedIn("admin", "admin");
	}

	private String loggedIn(String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> form = send(get("/login", null));
		HttpResponse<String> login = send(postForm("/login", sessionCookie(form).orElseThrow(),
				Map.of("username", username, "password", password, "_csrf", csrfField(form.body()))));
		assertThat(login.headers().firstValue("Location")).as("login of " + username).hasValue("/ui");
		return sessionCookie(login).orElseThrow();
	}

	private int changeUser(MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
		return this.mvc.perform(withJson(request, body).with(admin())).andReturn().getResponse().getStatus();
	}

	private HttpRequest get(String path, String session) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET();
		if (session != null) {
			request.header("Cookie", "CLINIC_SESSION=" + session);
		}
		return request.build();
	}

	private HttpRequest postForm(String path, String session, Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return HttpRequest.newBuilder(url(path))
			.header("Cookie", "CLINIC_SESSION=" + session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String csrfField(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
		return matcher.group(1);
	}

	private static Optional<String> sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SESSION::matcher)
			.filter(Matcher::find)
			.map((matcher) -> matcher.group(1))
			.findFirst();
	}

}
