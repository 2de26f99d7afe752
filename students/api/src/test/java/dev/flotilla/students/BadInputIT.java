package dev.flotilla.students;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.flotilla.students.ApiClient.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a request can be wrong gets its documented 4xx in JSON (the seed's exact
 * bodies for 401 and 404), never a 5xx, and leaves the data as it was. One table: a new
 * case is one line.
 */
class BadInputIT extends ApiIntegrationTest {

	private static final String NAME_101 = "a".repeat(101);

	private static final Map<String, String> AUTHORIZATION = Map.ofEntries(Map.entry("ok", ApiClient.VALID),
			Map.entry("wrong-password", ApiClient.basic("root:toor")),
			Map.entry("wrong-user", ApiClient.basic("admin:root")),
			Map.entry("upper-user", ApiClient.basic("ROOT:root")),
			Map.entry("space-password", ApiClient.basic("root:root ")),
			Map.entry("empty-password", ApiClient.basic("root:")), Map.entry("no-colon", ApiClient.basic("rootroot")),
			Map.entry("bearer", "Bearer cm9vdDpyb290"), Map.entry("digest", "Digest username=\"root\""),
			Map.entry("bad-base64", "Basic !!!***"), Map.entry("no-token", "Basic"), Map.entry("empty", ""),
			Map.entry("no-space", "Basiccm9vdDpyb290"));

	@ParameterizedTest(name = "[{index}] {0} {1} auth={2} type={3} body={4} -> {5} {6}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-",
			textBlock = """
					# 401: missing or wrong credentials, on every route, before anything else
					GET    | /get_student_ages            | none           | -                  | -               | 401 | Unauthorized access
					GET    | /get_student_ages            | wrong-password | -                  | -               | 401 | Unauthorized access
					GET    | /get_student_ages            | wrong-user     | -                  | -               | 401 | Unauthorized access
					GET    | /get_student_ages            | upper-user     | -                  | -               | 401 | Unauthorized access
					GET    | /get_student_ages            | space-password | -                  | -               | 401 | Unauthorized access
					GET    | /get_student_ages            | empty-password | -                  | -               | 401 | Unauthorized access
					GET    | /get_student_ages            | no-colon       | -                  | -               | 401 | Unauthorized access
					GET    | /get_student_ages            | bearer         | -                  | -               | 401 | Unauthorized access
					GET    | /get_student_ages            | digest         | -                  | -               | 401 | Unauthorized access
					GET    | /get_student_ages            | bad-base64     | -                  | -               | 401 | Unauthorized access
					GET    | /get_student_ages            | no-token       | -                  | -               | 401 | Unauthorized access
					GET    | /get_student_ages            | empty          | -                  | -               | 401 | Unauthorized access
					GET    | /get_student_ages            | no-space       | -                  | -               | 401 | Unauthorized access
					GET    | /get_student_ages/bob        | none           | -                  | -               | 401 | Unauthorized access
					GET    | /get_student_ages/zoe        | wrong-password | -                  | -               | 401 | Unauthorized access
					PUT    | /students/zoe                | none           | application/json   | {"age": 13}     | 401 | Unauthorized access
					PUT    | /students/bob                | wrong-password | application/json   | {"age": 99}     | 401 | Unauthorized access
					DELETE | /students/bob                | none           | -                  | -               | 401 | Unauthorized access
					DELETE | /students/bob                | wrong-user     | -                  | -               | 401 | Unauthorized access
					GET    | /no_such_route               | none           | -                  | -               | 401 | Unauthorized access
					# 404: unknown students and unknown URLs
					GET    | /get_student_ages/zoe        | ok             | -                  | -               | 404 | Not found
					GET    | /get_student_ages/BOB        | ok             | -                  | -               | 404 | Not found
					GET    | /get_student_ages/bob%20     | ok             | -                  | -               | 404 | Not found
					GET    | /get_student_ages/bob/13     | ok             | -                  | -               | 404 | Not found
					GET    | /get_student_ages/           | ok             | -                  | -               | 404 | Not found
					GET    | /no_such_route               | ok             | -                  | -               | 404 | Not found
					GET    | /../v2.0/get_student_ages    | ok             | -                  | -               | 404 | Not found
					GET    | ~/nope                       | none           | -                  | -               | 404 | Not found
					GET    | ~/supmit                     | ok             | -                  | -               | 404 | Not found
					DELETE | /students/zoe                | ok             | -                  | -               | 404 | Not found
					DELETE | /students/bob%20             | ok             | -                  | -               | 404 | Not found
					DELETE | /students/NAME_101           | ok             | -                  | -               | 404 | Not found
					# 405: a known route, another method
					POST   | /get_student_ages            | ok             | application/json   | {}              | 405 | method_not_allowed
					DELETE | /get_student_ages            | ok             | -                  | -               | 405 | method_not_allowed
					PUT    | /get_student_ages/bob        | ok             | application/json   | {"age": 14}     | 405 | method_not_allowed
					GET    | /students/bob                | ok             | -                  | -               | 405 | method_not_allowed
					POST   | /students/bob                | ok             | application/json   | {"age": 14}     | 405 | method_not_allowed
					PATCH  | /students/bob                | ok             | application/json   | {"age": 14}     | 405 | method_not_allowed
					# 400: names
					PUT    | /students/b0b                | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/bob!               | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/%20bob             | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/bob%20             | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/%20%20%20          | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/NAME_101           | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/bob_smith          | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/bob.smith          | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/%3Cscript%3E       | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/bob%3Bx            | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/bob%09             | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/%F0%9F%98%80       | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/bob+smith          | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/bob%25             | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/bob%E2%80%8B       | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/bob%22             | ok             | application/json   | {"age": 13}     | 400 | validation_failed
					PUT    | /students/bob;x=1            | ok             | application/json   | {"age": 99}     | 400 | invalid_request
					DELETE | /students/bob;x=1            | ok             | -                  | -               | 400 | invalid_request
					# 400: ages
					PUT    | /students/zoe                | ok             | application/json   | {"age": 0}      | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"age": 151}    | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"age": -1}     | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"age": 13.5}   | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"age": 1e1}    | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"age": "13.0"} | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"age": "abc"}  | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"age": ""}     | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"age": "013"}  | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"age": " 13"}  | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"age": null}   | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"age": true}   | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"age": [13]}   | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"age": {"v": 13}} | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"age": 99999999999999999999} | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {}              | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"Age": 13}     | 400 | validation_failed
					PUT    | /students/bob                | ok             | application/json   | {"age": 14, "name": "x"} | 400 | validation_failed
					# 400: bodies that are not a JSON object
					PUT    | /students/bob                | ok             | application/json   | EMPTY           | 400 | malformed_json
					PUT    | /students/bob                | ok             | application/json   | {               | 400 | malformed_json
					PUT    | /students/bob                | ok             | application/json   | `{'age': 14}`   | 400 | malformed_json
					PUT    | /students/bob                | ok             | application/json   | {"age": 14,}    | 400 | malformed_json
					PUT    | /students/bob                | ok             | application/json   | {"age": 14} x   | 400 | malformed_json
					PUT    | /students/bob                | ok             | application/json   | [14]            | 400 | malformed_json
					PUT    | /students/bob                | ok             | application/json   | 14              | 400 | malformed_json
					PUT    | /students/bob                | ok             | application/json   | "14"            | 400 | malformed_json
					PUT    | /students/bob                | ok             | application/json   | null            | 400 | malformed_json
					# 415, 413: headers and sizes
					PUT    | /students/bob                | ok             | -                  | {"age": 14}     | 415 | unsupported_media_type
					PUT    | /students/bob                | ok             | text/plain         | {"age": 14}     | 415 | unsupported_media_type
					PUT    | /students/bob                | ok             | application/xml    | <age>14</age>   | 415 | unsupported_media_type
					PUT    | /students/bob                | ok             | application/x-www-form-urlencoded | age=14 | 415 | unsupported_media_type
					PUT    | /students/bob                | ok             | application/json   | HUGE            | 413 | payload_too_large
					""")
	void badRequestGetsItsJsonErrorAndChangesNothing(String method, String path, String auth, String contentType,
			String body, int status, String error) throws Exception {
		byte[] before = Files.readAllBytes(DATA_FILE);
		String url = path.startsWith("~") ? path.substring(1) : ROOT + path.replace("NAME_101", NAME_101);
		HttpResponse<String> response = this.api.send(method, url, AUTHORIZATION.get(auth), contentType, body(body));
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		if (status == 401 || status == 404) {
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
			assertThat(response.body()).isEqualTo("{\"error\":\"" + error + "\"}");
		}
		else {
			assertThat(response.body()).startsWith("{\"error\":\"" + error + "\",\"message\":\"");
		}
		if (status == 401) {
			assertThat(response.headers().firstValue("WWW-Authenticate"))
				.hasValue("Basic realm=\"Authentication Required\"");
		}
		assertThat(Files.readAllBytes(DATA_FILE)).isEqualTo(before);
		assertThat(this.api.get(ROOT + "/get_student_ages").body()).isEqualTo(SEED_LIST);
	}

	private static String body(String body) {
		if ("EMPTY".equals(body)) {
			return "";
		}
		if ("HUGE".equals(body)) {
			return "{\"age\": 14, \"padding\": \"" + "x".repeat(1_100_000) + "\"}";
		}
		return body;
	}

}
