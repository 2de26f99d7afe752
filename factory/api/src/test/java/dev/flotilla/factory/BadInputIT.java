package dev.flotilla.factory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * One table of bad requests: each gets its documented 4xx in the JSON error shape, none a
 * 5xx, and nothing stored changes.
 */
@FactoryIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

	private static final String JSON = "application/json";

	private static final String NAME_101 = "n".repeat(101);

	private static final String HUGE = "{\"name\":\"" + "x".repeat(1_100_000) + "\",\"repo\":\"https://x.org/r\"}";

	@Autowired
	MockMvc mvc;

	Api api;

	String token;

	long project;

	@BeforeAll
	void setUp() throws Exception {
		this.api = new Api(this.mvc);
		this.token = this.api.adminToken();
		this.project = this.api.createProject(this.token, Api.unique("bad-input"));
	}

	static Stream<Case> cases() {
		List<Case> cases = new ArrayList<>();
		// login
		cases.add(new Case("login: no body", "POST", "/login", JSON, null, 400, "invalid_request"));
		cases.add(new Case("login: empty object", "POST", "/login", JSON, "{}", 400, "invalid_request"));
		cases.add(new Case("login: JSON null", "POST", "/login", JSON, "null", 400, "invalid_request"));
		cases.add(new Case("login: array", "POST", "/login", JSON, "[]", 400, "malformed_json"));
		cases.add(new Case("login: string", "POST", "/login", JSON, "\"admin\"", 400, "malformed_json"));
		cases.add(new Case("login: blank username", "POST", "/login", JSON, "{\"username\":\" \",\"password\":\"x\"}",
				400, "invalid_request"));
		cases.add(new Case("login: empty password", "POST", "/login", JSON,
				"{\"username\":\"admin\",\"password\":\"\"}", 400, "invalid_request"));
		cases.add(new Case("login: numeric username", "POST", "/login", JSON, "{\"username\":1,\"password\":\"x\"}",
				400, "malformed_json"));
		cases.add(new Case("login: object password", "POST", "/login", JSON, "{\"username\":\"admin\",\"password\":{}}",
				400, "malformed_json"));
		cases.add(new Case("login: extra role field", "POST", "/login", JSON,
				"{\"username\":\"admin\",\"password\":\"admin123\",\"role\":\"admin\"}", 400, "malformed_json"));
		cases.add(new Case("login: truncated JSON", "POST", "/login", JSON, "{\"username\":", 400, "malformed_json"));
		cases.add(new Case("login: text/plain", "POST", "/login", "text/plain", "admin:admin123", 415,
				"unsupported_media_type"));
		cases.add(new Case("login: form encoded", "POST", "/login", "application/x-www-form-urlencoded",
				"username=admin&password=admin123", 415, "unsupported_media_type"));
		cases.add(new Case("login: 1 MB body", "POST", "/login", JSON, HUGE, 413, "payload_too_large"));
		cases.add(new Case("login: GET", "GET", "/login", null, null, 405, "method_not_allowed"));
		// projects
		cases.add(new Case("project: no body", "POST", "/projects", JSON, null, 400, "invalid_request"));
		cases.add(new Case("project: no name", "POST", "/projects", JSON, "{\"repo\":\"https://x.org/r\"}", 400,
				"invalid_request"));
		cases.add(new Case("project: no repo", "POST", "/projects", JSON, "{\"name\":\"a\"}", 400, "invalid_request"));
		cases.add(new Case("project: blank name", "POST", "/projects", JSON,
				"{\"name\":\"  \",\"repo\":\"https://x.org/r\"}", 400, "invalid_request"));
		cases.add(new Case("project: empty repo", "POST", "/projects", JSON, "{\"name\":\"a\",\"repo\":\"\"}", 400,
				"invalid_request"));
		cases.add(new Case("project: 101-char name", "POST", "/projects", JSON,
				"{\"name\":\"" + NAME_101 + "\",\"repo\":\"https://x.org/r\"}", 400, "invalid_request"));
		cases.add(new Case("project: 10,000-char name", "POST", "/projects", JSON,
				"{\"name\":\"" + "n".repeat(10_000) + "\",\"repo\":\"https://x.org/r\"}", 400, "invalid_request"));
		cases.add(new Case("project: NUL in name", "POST", "/projects", JSON,
				"{\"name\":\"a\\u0000b\",\"repo\":\"https://x.org/r\"}", 400, "invalid_request"));
		cases.add(new Case("project: newline in name", "POST", "/projects", JSON,
				"{\"name\":\"a\\nb\",\"repo\":\"https://x.org/r\"}", 400, "invalid_request"));
		cases.add(new Case("project: numeric name", "POST", "/projects", JSON,
				"{\"name\":42,\"repo\":\"https://x.org/r\"}", 400, "malformed_json"));
		cases.add(new Case("project: boolean repo", "POST", "/projects", JSON, "{\"name\":\"a\",\"repo\":true}", 400,
				"malformed_json"));
		cases.add(new Case("project: array name", "POST", "/projects", JSON,
				"{\"name\":[\"a\"],\"repo\":\"https://x.org/r\"}", 400, "malformed_json"));
		cases.add(new Case("project: object repo", "POST", "/projects", JSON, "{\"name\":\"a\",\"repo\":{}}", 400,
				"malformed_json"));
		cases.add(new Case("project: repo not a URL", "POST", "/projects", JSON, "{\"name\":\"a\",\"repo\":\"hello\"}",
				400, "invalid_request"));
		cases.add(new Case("project: javascript: repo", "POST", "/projects", JSON,
				"{\"name\":\"a\",\"repo\":\"javascript:alert(1)\"}", 400, "invalid_request"));
		cases.add(new Case("project: repo with spaces", "POST", "/projects", JSON,
				"{\"name\":\"a\",\"repo\":\"https://x.org/a b\"}", 400, "invalid_request"));
		cases.add(new Case("project: 501-char repo", "POST", "/projects", JSON,
				"{\"name\":\"a\",\"repo\":\"https://x.org/" + "r".repeat(490) + "\"}", 400, "invalid_request"));
		cases.add(new Case("project: client id", "POST", "/projects", JSON,
				"{\"id\":1,\"name\":\"a\",\"repo\":\"https://x.org/r\"}", 400, "malformed_json"));
		cases.add(new Case("project: client last_build_status", "POST", "/projects", JSON,
				"{\"name\":\"a\",\"repo\":\"https://x.org/r\",\"last_build_status\":\"success\"}", 400,
				"malformed_json"));
		cases.add(new Case("project: client created_at", "POST", "/projects", JSON,
				"{\"name\":\"a\",\"repo\":\"https://x.org/r\",\"created_at\":\"2000-01-01T00:00:00Z\"}", 400,
				"malformed_json"));
		cases.add(new Case("project: array body", "POST", "/projects", JSON, "[{\"name\":\"a\"}]", 400,
				"malformed_json"));
		cases.add(new Case("project: truncated JSON", "POST", "/projects", JSON, "{\"name\":\"a\",", 400,
				"malformed_json"));
		cases.add(new Case("project: XML", "POST", "/projects", "application/xml", "<project/>", 415,
				"unsupported_media_type"));
		cases.add(new Case("project: no content type", "POST", "/projects", null, "{\"name\":\"a\"}", 415,
				"unsupported_media_type"));
		cases.add(new Case("project: 1 MB body", "POST", "/projects", JSON, HUGE, 413, "payload_too_large"));
		cases.add(new Case("project: DELETE collection", "DELETE", "/projects", null, null, 405, "method_not_allowed"));
		cases.add(new Case("project: PUT one", "PUT", "/projects/{p}", JSON, "{}", 405, "method_not_allowed"));
		cases.add(new Case("project: id not a number", "GET", "/projects/abc", null, null, 400, "invalid_request"));
		cases.add(new Case("project: id overflow", "GET", "/projects/99999999999999999999", null, null, 400,
				"invalid_request"));
		cases.add(new Case("project: unknown id", "GET", "/projects/987654321", null, null, 404, "not_found"));
		// paging
		for (String query : List.of("page=0", "page=-1", "page=abc", "page=1.5", "page=99999999999", "page=2000000",
				"per_page=0", "per_page=101", "per_page=-5", "per_page=abc", "per_page=1e3", "per_page=100000")) {
			cases.add(new Case("paging: " + query, "GET", "/projects?" + query, null, null, 400, "invalid_request"));
		}
		cases.add(new Case("builds paging: per_page=1000", "GET", "/projects/{p}/builds?per_page=1000", null, null, 400,
				"invalid_request"));
		// builds
		cases
			.add(new Case("build: unknown project", "POST", "/projects/987654321/build", null, null, 404, "not_found"));
		cases.add(new Case("build: project not a number", "POST", "/projects/x/build", null, null, 400,
				"invalid_request"));
		cases.add(new Case("build: GET trigger", "GET", "/projects/{p}/build", null, null, 405, "method_not_allowed"));
		cases.add(new Case("builds: queue on unknown project", "POST", "/projects/987654321/builds", null, null, 404,
				"not_found"));
		cases.add(new Case("project: delete unknown", "DELETE", "/projects/987654321", null, null, 404, "not_found"));
		cases.add(new Case("build: unknown number", "GET", "/projects/{p}/builds/999", null, null, 404, "not_found"));
		cases.add(new Case("build: number not a number", "GET", "/projects/{p}/builds/first", null, null, 400,
				"invalid_request"));
		cases.add(new Case("build: cancel unknown", "POST", "/projects/{p}/builds/999/cancel", null, null, 404,
				"not_found"));
		cases.add(new Case("build: retry unknown", "POST", "/projects/{p}/builds/999/retry", null, null, 404,
				"not_found"));
		cases.add(new Case("build: builds of unknown project", "GET", "/projects/987654321/builds", null, null, 404,
				"not_found"));
		cases.add(new Case("logs: negative offset", "GET", "/projects/{p}/builds/1/logs?offset=-1", null, null, 400,
				"invalid_request"));
		cases.add(new Case("logs: offset not a number", "GET", "/projects/{p}/builds/1/logs?offset=end", null, null,
				400, "invalid_request"));
		// users
		cases.add(new Case("user: unknown role", "POST", "/users", JSON,
				"{\"username\":\"someone\",\"password\":\"long-enough\",\"role\":\"root\"}", 400, "invalid_request"));
		cases.add(new Case("user: short username", "POST", "/users", JSON,
				"{\"username\":\"ab\",\"password\":\"long-enough\",\"role\":\"developer\"}", 400, "invalid_request"));
		cases.add(new Case("user: username with space", "POST", "/users", JSON,
				"{\"username\":\"a b c\",\"password\":\"long-enough\",\"role\":\"developer\"}", 400,
				"invalid_request"));
		cases.add(new Case("user: short password", "POST", "/users", JSON,
				"{\"username\":\"someone\",\"password\":\"short\",\"role\":\"developer\"}", 400, "invalid_request"));
		cases.add(new Case("user: 1000-char password", "POST", "/users", JSON,
				"{\"username\":\"someone\",\"password\":\"" + "p".repeat(1000) + "\",\"role\":\"developer\"}", 400,
				"invalid_request"));
		cases.add(new Case("user: client id", "POST", "/users", JSON,
				"{\"id\":1,\"username\":\"someone\",\"password\":\"long-enough\",\"role\":\"developer\"}", 400,
				"malformed_json"));
		cases.add(new Case("user: no body", "POST", "/users", JSON, null, 400, "invalid_request"));
		// tokens
		cases.add(new Case("refresh: no token", "POST", "/token/refresh", JSON, "{}", 400, "invalid_request"));
		cases.add(new Case("refresh: 1000-char token", "POST", "/token/refresh", JSON,
				"{\"refresh_token\":\"" + "t".repeat(1000) + "\"}", 400, "invalid_request"));
		cases.add(new Case("refresh: unknown token", "POST", "/token/refresh", JSON, "{\"refresh_token\":\"nope\"}",
				401, "unauthorized"));
		cases.add(new Case("logout: unknown token", "POST", "/logout", JSON, "{\"refresh_token\":\"nope\"}", 401,
				"unauthorized"));
		cases.add(new Case("unknown path", "GET", "/projects/{p}/artifacts", null, null, 404, "not_found"));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void badInputGetsItsDocumented4xxAndChangesNothing(Case bad) throws Exception {
		String before = snapshot();
		String path = bad.path().replace("{p}", Long.toString(this.project));
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(bad.method()), path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token);
		if (bad.contentType() != null) {
			request.contentType(bad.contentType());
		}
		if (bad.body() != null) {
			request.content(bad.body());
		}
		MvcResult result = this.api.perform(request);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
			.isEqualTo(bad.status());
		JsonNode error = Api.json(result);
		assertThat(error.get("error").asString()).isEqualTo(bad.error());
		assertThat(error.get("message").asString()).isNotBlank();
		assertThat(snapshot()).isEqualTo(before);
	}

	private String snapshot() throws Exception {
		return this.api.getJson(this.token, "/projects?per_page=100").toString()
				+ this.api.getJson(this.token, "/users").toString()
				+ this.api.getJson(this.token, "/projects/" + this.project + "/builds?per_page=100").toString();
	}

	record Case(String name, String method, String path, String contentType, String body, int status, String error) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
