package dev.flotilla.studentsweb.student;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.flotilla.studentsweb.student.StudentsApiException.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StudentsApiClientTests {

	private static final ApiCredentials ROOT = new ApiCredentials("root", "root", "test");

	private FakeStudentsApi api;

	@BeforeEach
	void startApi() throws IOException {
		this.api = FakeStudentsApi.start();
	}

	@AfterEach
	void stopApi() {
		this.api.close();
	}

	@Test
	void listsStudentsInTheApiOrder() {
		assertThat(client(this.api.url()).list()).containsExactly(new Student("bob", "13"), new Student("alice", "12"));
	}

	@Test
	void acceptsABaseUrlWithATrailingSlashOrWithoutScheme() {
		URI url = this.api.url();
		assertThat(client(url + "/").list()).hasSize(2);
		assertThat(client(url.getHost() + ":" + url.getPort()).list()).hasSize(2);
	}

	@Test
	void saveSaysWhetherTheStudentWasCreated() {
		StudentsApiClient client = client(this.api.url());
		assertThat(client.save(ROOT, "Zoé", 14)).isTrue();
		assertThat(client.save(ROOT, "Zoé", 15)).isFalse();
		assertThat(this.api.ages()).containsEntry("Zoé", "15");
	}

	@Test
	void encodesNamesAsOnePathSegment() {
		StudentsApiClient client = client(this.api.url());
		client.save(ROOT, "AC/DC", 20);
		client.save(ROOT, "Zoé d'Arc", 30);
		assertThat(this.api.rawPaths()).containsExactly("/supmit/api/v1.0/students/AC%2FDC",
				"/supmit/api/v1.0/students/Zo%C3%A9%20d%27Arc");
		assertThat(this.api.ages()).containsKeys("AC/DC", "Zoé d'Arc");
	}

	@Test
	void listsWithThePageCredentialsAndWritesWithTheUsers() {
		this.api.allow("lister", "lister");
		this.api.allow("editor", "secret");
		StudentsApiClient client = new StudentsApiClient(this.api.url().toString(),
				new ApiCredentials("lister", "lister", "test"), Duration.ofSeconds(2), Duration.ofSeconds(5));
		assertThat(client.list()).hasSize(2);
		client.save(ApiCredentials.signedIn("editor", "secret"), "Zoé", 14);
		client.delete(ApiCredentials.signedIn("editor", "secret"), "Zoé");
		assertThat(this.api.writes()).containsExactly("PUT Zoé by editor", "DELETE Zoé by editor");
	}

	@Test
	void verifyRefusesWrongCredentials() {
		StudentsApiClient client = client(this.api.url());
		client.verify(ROOT);
		assertThatExceptionOfType(StudentsApiException.class)
			.isThrownBy(() -> client.verify(ApiCredentials.signedIn("root", "wrong")))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.REFUSED_CREDENTIALS));
	}

	@Test
	void renameCreatesTheNewNameThenDeletesTheOldOne() {
		client(this.api.url()).rename(ROOT, "bob", "Bobby", 14);
		assertThat(this.api.ages()).containsExactly(java.util.Map.entry("alice", "12"),
				java.util.Map.entry("Bobby", "14"));
	}

	@Test
	void renameWhoseDeleteFailsIsUndone() {
		this.api.failDeletesOf("bob");
		assertThatExceptionOfType(StudentsApiException.class)
			.isThrownBy(() -> client(this.api.url()).rename(ROOT, "bob", "Bobby", 14))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.FAILED))
			.withMessageContaining("HTTP 503");
		assertThat(this.api.ages()).containsExactly(java.util.Map.entry("bob", "13"),
				java.util.Map.entry("alice", "12"));
		assertThat(this.api.writes()).containsExactly("PUT Bobby by root", "DELETE bob by root",
				"DELETE Bobby by root");
	}

	@Test
	void renameRacingAnotherCreateOfTheNewNameKeepsTheOldName() {
		this.api.afterNextList(() -> this.api.put("Bobby", "40"));
		assertThatExceptionOfType(StudentsApiException.class)
			.isThrownBy(() -> client(this.api.url()).rename(ROOT, "bob", "Bobby", 14))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.CONFLICT));
		assertThat(this.api.ages()).containsEntry("bob", "13").containsKey("Bobby");
		assertThat(this.api.writes()).containsExactly("PUT Bobby by root");
	}

	@Test
	void renameToATakenNameIsAConflictAndChangesNothing() {
		assertThatExceptionOfType(StudentsApiException.class)
			.isThrownBy(() -> client(this.api.url()).rename(ROOT, "bob", "alice", 14))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.CONFLICT));
		assertThat(this.api.ages()).containsExactly(java.util.Map.entry("bob", "13"),
				java.util.Map.entry("alice", "12"));
		assertThat(this.api.writes()).isEmpty();
	}

	@Test
	void renameOfAStudentGoneIsNotFoundAndCreatesNothing() {
		assertThatExceptionOfType(StudentsApiException.class)
			.isThrownBy(() -> client(this.api.url()).rename(ROOT, "nobody", "Zoé", 14))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.NOT_FOUND));
		assertThat(this.api.ages()).doesNotContainKey("Zoé");
	}

	@Test
	void deletesAStudent() {
		client(this.api.url()).delete(ROOT, "alice");
		assertThat(this.api.ages()).containsOnlyKeys("bob");
	}

	@Test
	void deletingAnUnknownStudentIsNotFound() {
		assertThatExceptionOfType(StudentsApiException.class)
			.isThrownBy(() -> client(this.api.url()).delete(ROOT, "nobody"))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.NOT_FOUND))
			.withMessageContaining("« nobody »");
	}

	@Test
	void unknownRouteIsNotFound() {
		assertThatExceptionOfType(StudentsApiException.class)
			.isThrownBy(() -> client(this.api.url() + "/elsewhere").list())
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.NOT_FOUND))
			.withMessageContaining("API_URL");
	}

	@Test
	void badRequestCarriesTheApiMessage() {
		assertThatExceptionOfType(StudentsApiException.class)
			.isThrownBy(() -> client(this.api.url()).save(ROOT, "Zoé", 151))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.REJECTED))
			.withMessage("L'API a refusé la demande : l'âge doit être un nombre entier entre 1 et 150.");
	}

	@Test
	void wrongCredentialsAreRefused() {
		StudentsApiClient client = new StudentsApiClient(this.api.url().toString(),
				new ApiCredentials("root", "wrong", "test"), Duration.ofSeconds(2), Duration.ofSeconds(5));
		assertThatExceptionOfType(StudentsApiException.class).isThrownBy(client::list)
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.REFUSED_CREDENTIALS))
			.withMessage(StudentsApiClient.REFUSED);
	}

	@Test
	void connectionRefusedIsUnreachable() {
		URI url = this.api.url();
		this.api.close();
		assertThatExceptionOfType(StudentsApiException.class).isThrownBy(() -> client(url).list())
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.UNREACHABLE))
			.withMessage(StudentsApiClient.UNREACHABLE);
	}

	@Test
	void serverErrorAndUnreadableAnswersFail() throws IOException {
		HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		other.createContext("/", (exchange) -> {
			boolean broken = exchange.getRequestMethod().equals("GET");
			byte[] body = (broken ? "<html>not json</html>" : "{}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", broken ? "text/html" : "application/json");
			exchange.sendResponseHeaders(broken ? 200 : 503, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		other.start();
		try {
			StudentsApiClient client = client("http://127.0.0.1:" + other.getAddress().getPort());
			assertThatExceptionOfType(StudentsApiException.class).isThrownBy(client::list)
				.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.FAILED));
			assertThatExceptionOfType(StudentsApiException.class).isThrownBy(() -> client.save(ROOT, "Zoé", 14))
				.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.FAILED))
				.withMessageContaining("HTTP 503");
		}
		finally {
			other.stop(0);
		}
	}

	private static StudentsApiClient client(Object url) {
		return new StudentsApiClient(url.toString(), ROOT, Duration.ofSeconds(2), Duration.ofSeconds(5));
	}

}
