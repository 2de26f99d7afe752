package dev.flotilla.clinic.config;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.flotilla.clinic.ClinicIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route × {anonymous, lecture, modification, admin} → the expected status, from one
 * table. The ids in the paths do not exist, so an allowed call answers 404 or 400 (never
 * 401/403) and nothing changes. A route of the clinic missing from the table fails
 * {@link #everyRouteIsInTheTable}; a path no route serves is denied.
 */
class RoleMatrixIT extends ClinicIntegrationTest {

	private static final String NONE = "999999";

	/**
	 * method, route pattern, concrete path, body, anonymous, lecture, modification,
	 * admin.
	 */
	static final List<Row> TABLE = List.of(
			// the seed's health check and the login form are public
			row("GET", "/", "/", null, 200, 200, 200, 200), row("GET", "/login", "/login", null, 200, 200, 200, 200),
			// the JSON API: anonymous 401, denied 403
			row("GET", "/api/csrf", "/api/csrf", null, 401, 200, 200, 200),
			row("GET", "/api/search", "/api/search", null, 401, 200, 200, 200),
			row("GET", "/dicomweb/studies", "/dicomweb/studies?limit=1", null, 401, 200, 200, 200),
			row("GET", "/dicomweb/series", "/dicomweb/series", null, 401, 200, 200, 200),
			row("GET", "/dicomweb/instances", "/dicomweb/instances", null, 401, 200, 200, 200),
			row("GET", "/dicomweb/studies/{study}/series", "/dicomweb/studies/" + NONE + "/series", null, 401, 404, 404,
					404),
			row("GET", "/dicomweb/studies/{study}/instances", "/dicomweb/studies/" + NONE + "/instances", null, 401,
					404, 404, 404),
			row("GET", "/dicomweb/studies/{study}/series/{series}/instances",
					"/dicomweb/studies/" + NONE + "/series/1.2/instances", null, 401, 404, 404, 404),
			row("POST", null, "/dicomweb/studies", null, 401, 403, 403, 403),
			row("GET", "/api/search/export", "/api/search/export?limit=abc", null, 401, 400, 400, 400),
			row("GET", "/api/patients", "/api/patients", null, 401, 200, 200, 200),
			row("GET", "/api/patients/{id}", "/api/patients/" + NONE, null, 401, 404, 404, 404),
			row("GET", "/api/patients/{id}/studies", "/api/patients/" + NONE + "/studies", null, 401, 404, 404, 404),
			row("POST", "/api/patients", "/api/patients", "{}", 401, 403, 400, 400),
			row("PUT", "/api/patients/{id}", "/api/patients/" + NONE, "{}", 401, 403, 400, 400),
			row("DELETE", "/api/patients/{id}", "/api/patients/" + NONE, null, 401, 403, 404, 404),
			row("GET", "/api/studies", "/api/studies", null, 401, 200, 200, 200),
			row("POST", "/api/import", "/api/import", "multipart", 401, 403, 400, 400),
			row("GET", "/api/studies/{id}", "/api/studies/" + NONE, null, 401, 404, 404, 404),
			row("POST", "/api/studies", "/api/studies", "{}", 401, 403, 400, 400),
			row("PUT", "/api/studies/{id}", "/api/studies/" + NONE, "{}", 401, 403, 400, 400),
			row("DELETE", "/api/studies/{id}", "/api/studies/" + NONE, null, 401, 403, 404, 404),
			row("GET", "/api/users", "/api/users", null, 401, 403, 403, 200),
			row("GET", "/api/users/{id}", "/api/users/" + NONE, null, 401, 403, 403, 404),
			row("POST", "/api/users", "/api/users", "{}", 401, 403, 403, 400),
			row("PUT", "/api/users/{id}", "/api/users/" + NONE, "{}", 401, 403, 403, 400),
			row("GET", "/api/audit", "/api/audit", null, 401, 403, 403, 200),
			row("POST", "/api/users/{id}/password", "/api/users/" + NONE + "/password", "{}", 401, 403, 403, 400),
			// the UI: anonymous goes to the login form (302), denied 403
			row("GET", "/ui", "/ui", null, 302, 302, 302, 302),
			row("GET", "/ui/search", "/ui/search", null, 302, 200, 200, 200),
			row("GET", "/ui/patients/{id}", "/ui/patients/" + NONE, null, 302, 404, 404, 404),
			row("GET", "/ui/patients/new", "/ui/patients/new", null, 302, 403, 200, 200),
			row("POST", "/ui/patients", "/ui/patients", "form", 302, 403, 200, 200),
			row("GET", "/ui/patients/{id}/edit", "/ui/patients/" + NONE + "/edit", null, 302, 403, 404, 404),
			row("POST", "/ui/patients/{id}", "/ui/patients/" + NONE, "form", 302, 403, 404, 404),
			row("POST", "/ui/patients/{id}/delete", "/ui/patients/" + NONE + "/delete", "form", 302, 403, 404, 404),
			row("GET", "/ui/studies/{id}", "/ui/studies/" + NONE, null, 302, 404, 404, 404),
			row("GET", "/ui/patients/{patient}/studies/new", "/ui/patients/" + NONE + "/studies/new", null, 302, 403,
					404, 404),
			row("POST", "/ui/patients/{patient}/studies", "/ui/patients/" + NONE + "/studies", "form", 302, 403, 404,
					404),
			row("GET", "/ui/studies/{id}/edit", "/ui/studies/" + NONE + "/edit", null, 302, 403, 404, 404),
			row("POST", "/ui/studies/{id}", "/ui/studies/" + NONE, "form", 302, 403, 404, 404),
			row("POST", "/ui/studies/{id}/delete", "/ui/studies/" + NONE + "/delete", "form", 302, 403, 404, 404),
			row("GET", "/ui/admin/users", "/ui/admin/users", null, 302, 403, 403, 200),
			row("GET", "/ui/admin/audit", "/ui/admin/audit", null, 302, 403, 403, 200),
			row("POST", "/ui/admin/users", "/ui/admin/users", "form", 302, 403, 403, 400),
			row("POST", "/ui/admin/users/{id}", "/ui/admin/users/" + NONE, "form", 302, 403, 403, 400),
			row("POST", "/ui/admin/users/{id}/password", "/ui/admin/users/" + NONE + "/password", "form", 302, 403, 403,
					400),
			// routes nobody serves are denied before anything else
			row("GET", null, "/api/unknown", null, 401, 403, 403, 403),
			row("DELETE", null, "/api/users/" + NONE, null, 401, 403, 403, 403),
			row("GET", null, "/ui/unknown", null, 302, 403, 403, 403),
			row("GET", null, "/unknown", null, 302, 403, 403, 403));

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	static Stream<Object[]> cells() {
		return TABLE.stream()
			.flatMap((row) -> Stream.of(new Object[] { row, "anonymous", row.anonymous() },
					new Object[] { row, "lecture", row.lecture() },
					new Object[] { row, "modification", row.modification() },
					new Object[] { row, "admin", row.admin() }));
	}

	@ParameterizedTest(name = "{0} as {1} → {2}")
	@MethodSource("cells")
	void eachRoleGetsTheStatusOfTheTable(Row row, String role, int expected) throws Exception {
		MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(row.method()), row.path()).with(csrf());
		if ("multipart".equals(row.body())) {
			call.contentType(MediaType.MULTIPART_FORM_DATA_VALUE + "; boundary=x").content("--x--\r\n");
		}
		else if ("form".equals(row.body())) {
			call.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		}
		else if (row.body() != null) {
			call.contentType(MediaType.APPLICATION_JSON).content(row.body());
		}
		if (!role.equals("anonymous")) {
			call.with(caller(role));
		}
		int status = this.mvc.perform(call).andReturn().getResponse().getStatus();
		assertThat(status).as("%s %s as %s", row.method(), row.path(), role).isEqualTo(expected);
	}

	@Test
	void everyRouteIsInTheTable() {
		Set<String> served = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("dev.flotilla.clinic")) {
				for (String pattern : info.getPatternValues()) {
					info.getMethodsCondition().getMethods().forEach((method) -> served.add(method + " " + pattern));
				}
			}
		});
		Set<String> listed = TABLE.stream()
			.filter((row) -> row.route() != null)
			.map((row) -> row.method() + " " + row.route())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(served).isNotEmpty();
		assertThat(listed).as("routes in the role matrix").containsAll(served);
		assertThat(served).as("routes the clinic serves").containsAll(listed);
	}

	private static RequestPostProcessor caller(String role) {
		return role.equals("admin") ? admin() : as(role);
	}

	private static Row row(String method, String route, String path, String body, int anonymous, int lecture,
			int modification, int admin) {
		return new Row(method, route, path, body, anonymous, lecture, modification, admin);
	}

	record Row(String method, String route, String path, String body, int anonymous, int lecture, int modification,
			int admin) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}
