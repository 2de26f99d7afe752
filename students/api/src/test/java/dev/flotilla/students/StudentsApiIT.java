package dev.flotilla.students;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;

import static dev.flotilla.students.ApiClient.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seed's contract (paths, statuses, JSON values), the write routes, hand edits and
 * concurrent writes.
 */
class StudentsApiIT extends ApiIntegrationTest {

	@Test
	void listsEveryStudentWithAgesAsStringsInTheFilesOrder() throws Exception {
		HttpResponse<String> response = this.api.get(ROOT + "/get_student_ages");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.headers().firstValue("Content-Length")).hasValue("42");
		assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(response.body()).isEqualTo(SEED_LIST);
	}

	@Test
	void answersOneStudentsAgeAsPlainTextAndChangesNothing() throws Exception {
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> response = this.api.get(ROOT + "/get_student_ages/bob");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
			assertThat(response.body()).isEqualTo("13");
		}
		assertThat(Files.readString(DATA_FILE)).isEqualTo(StudentsTestData.SEED_FILE);
	}

	@Test
	void unknownStudentIsTheSeedsNotFound() throws Exception {
		HttpResponse<String> response = this.api.get(ROOT + "/get_student_ages/zoe");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body()).isEqualTo("{\"error\":\"Not found\"}");
	}

	@Test
	void missingCredentialsAreTheSeedsUnauthorizedWithABasicChallenge() throws Exception {
		HttpResponse<String> response = this.api.send("GET", ROOT + "/get_student_ages", null, null, null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValue("Basic realm=\"Authentication Required\"");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.headers().firstValue("Content-Length")).hasValue("31");
		assertThat(response.body()).isEqualTo("{\"error\":\"Unauthorized access\"}");
	}

	@Test
	void healthIsOpenWithoutCredentials() throws Exception {
		HttpResponse<String> response = this.api.send("GET", "/health", null, null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
		assertThat(this.api.send("GET", "/actuator/health/readiness", null, null, null).statusCode()).isEqualTo(200);
	}

	@Test
	void putCreatesThenUpdatesAndDeleteRemoves() throws Exception {
		HttpResponse<String> created = this.api.put("carol", "{\"age\": 14}");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).isEqualTo("{\"name\":\"carol\",\"age\":\"14\"}");
		HttpResponse<String> updated = this.api.put("carol", "{\"age\": \"15\"}");
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(updated.body()).isEqualTo("{\"name\":\"carol\",\"age\":\"15\"}");
		assertThat(this.api.get(ROOT + "/get_student_ages").body())
			.isEqualTo("{\"student_ages\":{\"bob\":\"13\",\"alice\":\"12\",\"carol\":\"15\"}}");
		assertThat(onDisk()).containsEntry("carol", "15");
		HttpResponse<String> deleted = this.api.delete("bob");
		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(deleted.body()).isEmpty();
		assertThat(this.api.get(ROOT + "/get_student_ages/bob").statusCode()).isEqualTo(404);
		assertThat(this.api.delete("bob").statusCode()).isEqualTo(404);
		assertThat(onDisk()).containsExactly(Map.entry("alice", "12"), Map.entry("carol", "15"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "José", "Zoë-Anne d’Arc", "O'Brien", "Ngọc Ánh", "李小龙", "Αλέξανδρος", "AC/DC",
			"e\u0301lodie", "Łukasz Żółć", "Мария", "x" })
	void namesRoundTripExactly(String name) throws Exception {
		String path = encode(name);
		assertThat(this.api.put(path, "{\"age\": 21}").statusCode()).isEqualTo(201);
		HttpResponse<String> age = this.api.get(ROOT + "/get_student_ages/" + path);
		assertThat(age.statusCode()).isEqualTo(200);
		assertThat(age.body()).isEqualTo("21");
		Map<String, String> listed = json.readValue(this.api.get(ROOT + "/get_student_ages").body(),
				new TypeReference<Map<String, Map<String, String>>>() {
				})
			.get("student_ages");
		assertThat(listed).containsEntry(name, "21");
		assertThat(onDisk()).containsEntry(name, "21");
		assertThat(Files.readString(DATA_FILE)).contains("\"" + name + "\": \"21\"");
		assertThat(this.api.delete(path).statusCode()).isEqualTo(204);
	}

	@Test
	void aHandEditIsPickedUpWithoutARestartAndNeverOverwritten() throws Exception {
		handEdit("{\"carol\": 30, \"dave\": \"31\"}");
		// Written at once, before any read noticed the edit: the write starts from the
		// edit.
		assertThat(this.api.put("erin", "{\"age\": 32}").statusCode()).isEqualTo(201);
		assertThat(onDisk()).containsExactly(Map.entry("carol", "30"), Map.entry("dave", "31"),
				Map.entry("erin", "32"));
		handEdit("{\"frank\": \"40\"}");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.api.get(ROOT + "/get_student_ages").body(),
					"{\"student_ages\":{\"frank\":\"40\"}}"::equals);
	}

	@Test
	void aBrokenHandEditKeepsServingTheLastGoodDataAndRefusesWrites() throws Exception {
		handEdit("{\"bob\": \"13\",,");
		HttpResponse<String> refused = this.api.put("carol", "{\"age\": 14}");
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.body()).startsWith("{\"error\":\"data_file_invalid\",\"message\":\"");
		assertThat(Files.readString(DATA_FILE)).isEqualTo("{\"bob\": \"13\",,");
		assertThat(this.api.get(ROOT + "/get_student_ages").body()).isEqualTo(SEED_LIST);
		handEdit("{\"bob\": \"13\"}");
		assertThat(this.api.put("carol", "{\"age\": 14}").statusCode()).isEqualTo(201);
		assertThat(onDisk()).containsExactly(Map.entry("bob", "13"), Map.entry("carol", "14"));
	}

	@Test
	void concurrentWritesLoseNoAcknowledgedUpdate() throws Exception {
		int threads = 20;
		int writes = 100;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<List<String>>> results = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			String prefix = "Writer " + ApiClient.letters(t) + " number ";
			results.add(pool.submit(() -> {
				List<String> acknowledged = new ArrayList<>();
				for (int i = 0; i < writes; i++) {
					String name = prefix + ApiClient.letters(i);
					if (this.api.put(encode(name), "{\"age\": " + (1 + i) + "}").statusCode() == 201) {
						acknowledged.add(name);
					}
				}
				return acknowledged;
			}));
		}
		pool.shutdown();
		List<String> acknowledged = new ArrayList<>();
		for (Future<List<String>> result : results) {
			acknowledged.addAll(result.get());
		}
		int total = acknowledged.size();
		Map<String, String> stored = onDisk();
		List<String> lost = acknowledged.stream()
			.filter((name) -> !Integer.toString(1 + fromLetters(name.substring(name.lastIndexOf(' ') + 1)))
				.equals(stored.get(name)))
			.toList();
		assertThat(lost).as("acknowledged writes missing from the file").isEmpty();
		assertThat(total).isEqualTo(threads * writes);
		assertThat(onDisk()).hasSize(2 + threads * writes);
		assertThat(json.readTree(this.api.get(ROOT + "/get_student_ages").body()).get("student_ages").size())
			.isEqualTo(2 + threads * writes);
	}

	private static int fromLetters(String letters) {
		int number = 0;
		for (char letter : letters.toCharArray()) {
			number = number * 10 + (letter - 'a');
		}
		return number;
	}

}
