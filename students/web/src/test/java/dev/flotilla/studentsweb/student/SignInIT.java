package dev.flotilla.studentsweb.student;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading open, writing signed in, over real HTTP with cookies handled by hand: the page
 * reads with its own user ({@code lister}), a signed-in user writes with theirs
 * ({@code root}); an anonymous visitor never gets a server session.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "students-web.username=lister", "students-web.password=lister" })
class SignInIT {

	private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final FakeStudentsApi api = start();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void api(DynamicPropertyRegistry registry) {
		registry.add("students-web.api-url", () -> api.url().toString());
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void anonymousListingCreatesNoSession() throws Exception {
		for (String path : List.of("/", "/students", "/students?edit=bob", "/login", "/css/students.css", "/nope")) {
			HttpResponse<String> response = send(get(path, new Cookies()));
			assertThat(response.headers().allValues("Set-Cookie")).as("cookies set by GET %s", path)
				.noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
		}
		HttpResponse<String> signInPage = send(get("/login", new Cookies()));
		assertThat(signInPage.headers().allValues("Set-Cookie")).singleElement()
			.satisfies((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("HttpOnly", "SameSite=Lax"));
		HttpResponse<String> list = send(get("/students", new Cookies()));
		assertThat(list.body()).contains("- bob is 13 years old").doesNotContain("_csrf");
		assertThat(list.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void refusedSignInCreatesNoSessionAndSaysWhy() throws Exception {
		Cookies cookies = new Cookies();
		HttpResponse<String> refused = signIn(cookies, "root", "wrong");
		assertThat(refused.headers().firstValue("Location")).hasValue("/login?erreur=identifiants");
		assertThat(cookies.session()).isEmpty();
		assertThat(send(get("/login?erreur=identifiants", cookies)).body())
			.contains(StudentControllerTests.html(SignInController.WRONG));
	}

	@Test
	void anonymousWriteIsSentToTheSignInPageAndChangesNothing() throws Exception {
		Map<String, String> before = api.ages();
		Cookies cookies = new Cookies();
		String token = csrfToken(cookies, "/login");
		for (String path : List.of("/students", "/students/delete")) {
			HttpResponse<String> response = send(post(path, cookies, "_csrf", token, "name", "bob", "age", "99"));
			assertThat(response.statusCode()).as("POST %s", path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).hasValue("/login");
		}
		HttpResponse<String> withoutToken = send(post("/students", new Cookies(), "name", "bob", "age", "99"));
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(api.ages()).isEqualTo(before);
		assertThat(api.writes()).noneMatch((write) -> write.contains("bob"));
	}

	@Test
	void signedInWriteIsSentWithTheUsersCredentials() throws Exception {
		Cookies cookies = new Cookies();
		assertThat(signIn(cookies, "root", "root").headers().firstValue("Location")).hasValue("/students");
		String token = csrfToken(cookies, "/students");
		HttpResponse<String> saved = send(post("/students", cookies, "_csrf", token, "name", "Zoé", "age", "14"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(api.ages()).containsEntry("Zoé", "14");
		assertThat(api.writes()).contains("PUT Zoé by root");
		assertThat(send(get("/students", cookies)).body()).contains("Zoé a été ajouté(e) : 14 ans.",
				"Connecté(e) : <strong>root</strong>");
	}

	@Test
	void sessionIdChangesAtSignIn() throws Exception {
		Cookies cookies = new Cookies();
		signIn(cookies, "root", "root");
		String first = cookies.session().orElseThrow();
		signIn(cookies, "root", "root");
		String second = cookies.session().orElseThrow();
		assertThat(second).isNotEqualTo(first);
		Cookies stale = new Cookies();
		stale.values.put("JSESSIONID", first);
		assertThat(send(get("/students", stale)).body()).doesNotContain("Se déconnecter").contains("Se connecter");
	}

	@Test
	void signOutEndsTheSession() throws Exception {
		Cookies cookies = new Cookies();
		signIn(cookies, "root", "root");
		String session = cookies.session().orElseThrow();
		String token = csrfToken(cookies, "/students");
		HttpResponse<String> out = send(post("/logout", cookies, "_csrf", token));
		assertThat(out.headers().firstValue("Location")).hasValue("/students?deconnecte");
		// The old session id, replayed: it must no longer sign anyone in.
		Cookies old = new Cookies();
		old.values.putAll(cookies.values);
		old.values.put("JSESSIONID", session);
		String oldToken = csrfToken(old, "/login");
		HttpResponse<String> write = send(post("/students", old, "_csrf", oldToken, "name", "Zoé", "age", "15"));
		assertThat(write.headers().firstValue("Location")).hasValue("/login");
		assertThat(api.ages()).doesNotContainEntry("Zoé", "15");
	}

	private HttpResponse<String> signIn(Cookies cookies, String username, String password)
			throws IOException, InterruptedException {
		String token = csrfToken(cookies, "/login");
		return send(post("/login", cookies, "_csrf", token, "username", username, "password", password));
	}

	private String csrfToken(Cookies cookies, String page) throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(send(get(page, cookies)).body());
		assertThat(token.find()).as("a CSRF token on %s", page).isTrue();
		return token.group(1);
	}

	private Exchange get(String path, Cookies cookies) {
		return new Exchange(cookies, cookies.onto(HttpRequest.newBuilder(url(path)).header("Accept", HTML)).GET());
	}

	private Exchange post(String path, Cookies cookies, String... fields) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			form.append(form.isEmpty() ? "" : "&")
				.append(fields[i])
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return new Exchange(cookies,
				cookies.onto(HttpRequest.newBuilder(url(path)).header("Accept", HTML))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form.toString())));
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> send(Exchange exchange) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(exchange.request().build(),
				HttpResponse.BodyHandlers.ofString());
		exchange.cookies().update(response);
		return response;
	}

	private static FakeStudentsApi start() {
		try {
			FakeStudentsApi fake = FakeStudentsApi.start();
			fake.allow("lister", "lister");
			return fake;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Exchange(Cookies cookies, HttpRequest.Builder request) {
	}

	/** A browser's cookie jar, reduced to what these tests need: name → value. */
	private static final class Cookies {

		private final Map<String, String> values = new java.util.LinkedHashMap<>();

		HttpRequest.Builder onto(HttpRequest.Builder request) {
			if (!this.values.isEmpty()) {
				request.header("Cookie",
						this.values.entrySet()
							.stream()
							.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
							.collect(Collectors.joining("; ")));
			}
			return request;
		}

		void update(HttpResponse<?> response) {
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				int equals = pair.indexOf('=');
				String name = pair.substring(0, equals);
				String value = pair.substring(equals + 1);
				if (value.isEmpty() || header.contains("Max-Age=0")) {
					this.values.remove(name);
				}
				else {
					this.values.put(name, value);
				}
			}
		}

		Optional<String> session() {
			return Optional.ofNullable(this.values.get("JSESSIONID"));
		}

	}

}
