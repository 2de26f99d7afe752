package dev.flotilla.clinic.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.flotilla.clinic.ClinicIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Bad input, one table: each call gets its documented 4xx with the error code in the JSON
 * body, never a 5xx, and leaves every table exactly as it was. {@code {P}} and
 * {@code {S}} stand for a patient (with one study) and that study, made before the table
 * runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT extends ClinicIntegrationTest {

	private static final String PATIENT = "{\"patientId\":\"BAD-X\",\"patientName\":\"DOE^John\"";

	private static final String STUDY = "{\"patient\":{P}";

	private long patient;

	private long study;

	private String studyUid;

	@BeforeAll
	void fixture() throws Exception {
		this.patient = createPatient(Map.of("patientId", "BAD-FIXTURE", "patientName", "FIXTURE^Anne"));
		this.study = createStudy(Map.of("patient", this.patient, "studyInstanceUid", "1.2.250.1.999.1"));
		this.studyUid = "1.2.250.1.999.1";
	}

	static Stream<Case> cases() {
		List<Case> cases = new ArrayList<>();
		// patients: JSON shape
		cases.add(post("/api/patients", "", 400, "malformed_json"));
		cases.add(post("/api/patients", "not json", 400, "malformed_json"));
		cases.add(post("/api/patients", "[]", 400, "malformed_json"));
		cases.add(post("/api/patients", "{\"patientId\":\"A\",", 400, "malformed_json"));
		cases.add(post("/api/patients", PATIENT + ",\"patientName\":{}}", 400, "malformed_json"));
		cases.add(post("/api/patients", "{\"patientId\":[\"A\"],\"patientName\":\"DOE\"}", 400, "malformed_json"));
		// patients: mass assignment and unknown fields are refused, not ignored
		cases.add(post("/api/patients", PATIENT + ",\"id\":5}", 400, "malformed_json"));
		cases.add(post("/api/patients", PATIENT + ",\"role\":\"admin\"}", 400, "malformed_json"));
		cases.add(post("/api/patients", PATIENT + ",\"familySearch\":\"X\"}", 400, "malformed_json"));
		// patients: values
		cases.add(post("/api/patients", "{}", 400, "validation_failed"));
		cases.add(post("/api/patients", "{\"patientName\":\"DOE^John\"}", 400, "validation_failed"));
		cases.add(post("/api/patients", "{\"patientId\":\"  \",\"patientName\":\"DOE\"}", 400, "validation_failed"));
		cases.add(post("/api/patients", "{\"patientId\":\"" + "9".repeat(65) + "\",\"patientName\":\"DOE\"}", 400,
				"validation_failed"));
		cases
			.add(post("/api/patients", "{\"patientId\":\"A\\\\B\",\"patientName\":\"DOE\"}", 400, "validation_failed"));
		cases.add(post("/api/patients", "{\"patientId\":\"A\\u0001\",\"patientName\":\"DOE\"}", 400,
				"validation_failed"));
		cases.add(post("/api/patients", "{\"patientId\":\"A\"}", 400, "validation_failed"));
		cases.add(post("/api/patients", "{\"patientId\":\"A\",\"patientName\":\"^^^^\"}", 400, "validation_failed"));
		cases.add(post("/api/patients", "{\"patientId\":\"A\",\"patientName\":\"A^B^C^D^E^F\"}", 400,
				"validation_failed"));
		cases.add(post("/api/patients", "{\"patientId\":\"A\",\"patientName\":\"" + "A".repeat(65) + "\"}", 400,
				"validation_failed"));
		cases.add(post("/api/patients", "{\"patientId\":\"A\",\"patientName\":\"DOE\\\\JOHN\"}", 400,
				"validation_failed"));
		cases
			.add(post("/api/patients", "{\"patientId\":\"A\",\"patientName\":\"DOE=JOHN\"}", 400, "validation_failed"));
		cases.add(post("/api/patients", PATIENT + ",\"patientBirthDate\":\"2020-13-01\"}", 400, "malformed_json"));
		cases.add(post("/api/patients", PATIENT + ",\"patientBirthDate\":\"20200101\"}", 400, "malformed_json"));
		cases.add(post("/api/patients", PATIENT + ",\"patientBirthDate\":\"01/02/2020\"}", 400, "malformed_json"));
		cases.add(post("/api/patients", PATIENT + ",\"patientBirthDate\":\"2999-01-01\"}", 400, "validation_failed"));
		cases.add(post("/api/patients", PATIENT + ",\"patientSex\":\"X\"}", 400, "validation_failed"));
		cases.add(post("/api/patients", PATIENT + ",\"patientSex\":\"m\"}", 400, "validation_failed"));
		cases.add(post("/api/patients", PATIENT + ",\"patientSex\":\"MF\"}", 400, "validation_failed"));
		cases.add(post("/api/patients", PATIENT + ",\"patientComments\":\"" + "x".repeat(2001) + "\"}", 400,
				"validation_failed"));
		cases.add(post("/api/patients", PATIENT + ",\"patientComments\":\"a\\u0000b\"}", 400, "validation_failed"));
		cases.add(post("/api/patients", "{\"patientId\":\"BAD-FIXTURE\",\"patientName\":\"OTHER\"}", 409,
				"duplicate_patient_id"));
		cases
			.add(new Case("POST", "/api/patients", PATIENT + "}", MediaType.TEXT_PLAIN, 415, "unsupported_media_type"));
		// studies
		cases.add(post("/api/studies", "{}", 400, "validation_failed"));
		cases.add(post("/api/studies", "{\"patient\":0}", 400, "validation_failed"));
		cases.add(post("/api/studies", "{\"patient\":-1}", 400, "validation_failed"));
		cases.add(post("/api/studies", "{\"patient\":\"abc\"}", 400, "malformed_json"));
		cases.add(post("/api/studies", "{\"patient\":999999}", 400, "unknown_patient"));
		cases.add(post("/api/studies", STUDY + ",\"id\":1}", 400, "malformed_json"));
		cases.add(post("/api/studies", STUDY + ",\"studyInstanceUid\":\"1.02.3\"}", 400, "validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"studyInstanceUid\":\"1..2\"}", 400, "validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"studyInstanceUid\":\".1.2\"}", 400, "validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"studyInstanceUid\":\"1.2.\"}", 400, "validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"studyInstanceUid\":\"1.2.abc\"}", 400, "validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"studyInstanceUid\":\"1." + "2".repeat(63) + "\"}", 400,
				"validation_failed"));
		cases
			.add(post("/api/studies", STUDY + ",\"studyInstanceUid\":\"{UID}\"}", 409, "duplicate_study_instance_uid"));
		cases.add(post("/api/studies", STUDY + ",\"studyDate\":\"2024-02-30\"}", 400, "malformed_json"));
		cases.add(post("/api/studies", STUDY + ",\"studyTime\":\"25:00\"}", 400, "malformed_json"));
		cases.add(post("/api/studies", STUDY + ",\"accessionNumber\":\"" + "A".repeat(17) + "\"}", 400,
				"validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"studyId\":\"" + "1".repeat(17) + "\"}", 400, "validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"studyDescription\":\"" + "d".repeat(65) + "\"}", 400,
				"validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"referringPhysicianName\":\"A\\\\B\"}", 400, "validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"modalitiesInStudy\":[\"ct\"]}", 400, "validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"modalitiesInStudy\":[\"C T\"]}", 400, "validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"modalitiesInStudy\":[null]}", 400, "validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"modalitiesInStudy\":\"CT\"}", 400, "malformed_json"));
		cases.add(post("/api/studies",
				STUDY + ",\"modalitiesInStudy\":[\"A\",\"B\",\"C\",\"D\",\"E\",\"F\",\"G\",\"H\",\"I\"]}", 400,
				"validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"patientAge\":\"42Y\"}", 400, "validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"patientAge\":\"042X\"}", 400, "validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"patientSize\":-1}", 400, "validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"patientSize\":10.5}", 400, "validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"patientWeight\":12345}", 400, "validation_failed"));
		cases.add(post("/api/studies", STUDY + ",\"patientWeight\":\"heavy\"}", 400, "malformed_json"));
		cases.add(post("/api/studies", STUDY + ",\"numberOfStudyRelatedSeries\":-1}", 400, "validation_failed"));
		cases.add(
				post("/api/studies", STUDY + ",\"numberOfStudyRelatedInstances\":10000001}", 400, "validation_failed"));
		// ids in paths, missing rows, conflicts
		cases.add(new Case("PUT", "/api/patients/abc", PATIENT + "}", MediaType.APPLICATION_JSON, 400,
				"invalid_request"));
		cases.add(new Case("PUT", "/api/patients/999999", PATIENT + "}", MediaType.APPLICATION_JSON, 404, "not_found"));
		cases.add(new Case("PUT", "/api/patients/{P}", PATIENT + ",\"id\":1}", MediaType.APPLICATION_JSON, 400,
				"malformed_json"));
		cases.add(new Case("DELETE", "/api/patients/abc", null, null, 400, "invalid_request"));
		cases.add(new Case("DELETE", "/api/patients/{P}", null, null, 409, "patient_has_studies"));
		cases.add(new Case("DELETE", "/api/patients/{P}?cascade=true", null, null, 403, "forbidden"));
		cases.add(new Case("DELETE", "/api/patients/{P}?cascade=maybe", null, null, 400, "invalid_request"));
		cases.add(new Case("DELETE", "/api/studies/999999", null, null, 404, "not_found"));
		cases.add(new Case("PATCH", "/api/patients/{P}", "{}", MediaType.APPLICATION_JSON, 403, "forbidden"));
		// search parameters
		for (String query : List.of("limit=0", "limit=501", "limit=abc", "offset=-1", "offset=1000001")) {
			cases.add(search(query, "invalid_parameter"));
		}
		for (String query : List.of("studyDate=2024", "studyDate=20240230", "studyDate=2024-01-01", "studyDate=--",
				"studyDate=-", "birthDate=19800101-1990")) {
			cases.add(search(query, "invalid_date"));
		}
		cases.add(search("studyDate=20240301-20240201", "invalid_date_range"));
		cases.add(search("sort=password_hash", "invalid_sort"));
		cases.add(search("level=series", "invalid_level"));
		cases.add(search("foo=1", "unknown_parameter"));
		cases.add(search("name=A&name=B", "repeated_parameter"));
		cases.add(search("modality=ct", "invalid_modality"));
		cases.add(search("name=" + "A".repeat(325), "invalid_parameter"));
		cases.add(search("name=A%5CB", "invalid_parameter"));
		// users (as admin)
		cases.add(admin(post("/api/users", "{}", 400, "validation_failed")));
		cases.add(admin(post("/api/users", "{\"username\":\"a b\",\"password\":\"password1\",\"role\":\"lecture\"}",
				400, "validation_failed")));
		cases.add(admin(post("/api/users", "{\"username\":\"ab\",\"password\":\"short\",\"role\":\"lecture\"}", 400,
				"validation_failed")));
		cases.add(admin(post("/api/users", "{\"username\":\"ab\",\"password\":\"password1\",\"role\":\"root\"}", 400,
				"validation_failed")));
		cases.add(admin(post("/api/users",
				"{\"username\":\"ab\",\"password\":\"password1\",\"role\":\"admin\",\"enabled\":false}", 400,
				"malformed_json")));
		cases.add(admin(post("/api/users", "{\"username\":\"admin\",\"password\":\"password1\",\"role\":\"lecture\"}",
				409, "duplicate_username")));
		cases.add(admin(new Case("PUT", "/api/users/{ADMIN}", "{\"role\":\"lecture\",\"enabled\":true}",
				MediaType.APPLICATION_JSON, 409, "own_account")));
		cases.add(admin(new Case("PUT", "/api/users/{ADMIN}", "{\"role\":\"admin\",\"enabled\":false}",
				MediaType.APPLICATION_JSON, 409, "own_account")));
		cases.add(admin(new Case("GET", "/api/audit?limit=0", null, null, 400, "invalid_parameter")));
		cases.add(admin(new Case("GET", "/api/audit?action=DROP_TABLE", null, null, 400, "invalid_request")));
		cases.add(admin(new Case("GET", "/api/audit?patient=abc", null, null, 400, "invalid_request")));
		cases.add(admin(post("/api/users/999999/password", "{\"password\":\"password1\"}", 404, "not_found")));
		return cases.stream();
	}

	@Test
	void theTableHasAtLeastSixtyCases() {
		assertThat(cases().count()).isGreaterThanOrEqualTo(60);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void badInputGetsItsErrorAndChangesNothing(Case bad) throws Exception {
		String before = snapshot();
		MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(bad.method()), URI.create(resolve(bad.path())))
			.with(csrf())
			.with(bad.admin() ? admin() : modification());
		if (bad.body() != null) {
			call.contentType(bad.type()).content(resolve(bad.body()));
		}
		MockHttpServletResponse response = this.mvc.perform(call).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(bad.status());
		assertThat(response.getContentType()).startsWith("application/json");
		JsonNode body = this.json.readTree(response.getContentAsString());
		assertThat(body.get("error").asString()).isEqualTo(bad.error());
		assertThat(body.get("message").asString()).isNotBlank();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void massAssignedFieldsAreNeverStored() throws Exception {
		String before = snapshot();
		this.mvc
			.perform(withJson(put("/api/patients/" + this.patient),
					"{\"id\":1,\"patientId\":\"BAD-FIXTURE\",\"patientName\":\"HACKED\"}")
				.with(modification()))
			.andReturn();
		assertThat(snapshot()).isEqualTo(before);
		JsonNode stored = read(this.mvc.perform(get("/api/patients/" + this.patient).with(lecture())).andReturn());
		assertThat(stored.get("id").asLong()).isEqualTo(this.patient);
		assertThat(stored.get("patientName").asString()).isEqualTo("FIXTURE^Anne");
	}

	private String resolve(String text) {
		long admin = this.jdbc.sql("SELECT id FROM \"user\" WHERE username = 'admin'").query(Long.class).single();
		return text.replace("{P}", Long.toString(this.patient))
			.replace("{S}", Long.toString(this.study))
			.replace("{UID}", this.studyUid)
			.replace("{ADMIN}", Long.toString(admin));
	}

	private String snapshot() {
		return this.jdbc.sql("SELECT * FROM patient ORDER BY id").query().listOfRows().toString()
				+ this.jdbc.sql("SELECT * FROM study ORDER BY id").query().listOfRows()
				+ this.jdbc.sql("SELECT * FROM \"user\" ORDER BY id").query().listOfRows();
	}

	private static Case post(String path, String body, int status, String error) {
		return new Case("POST", path, body, MediaType.APPLICATION_JSON, status, error);
	}

	private static Case search(String query, String error) {
		return new Case("GET", "/api/search?" + query, null, null, 400, error);
	}

	private static Case admin(Case bad) {
		return new Case(bad.method(), bad.path(), bad.body(), bad.type(), bad.status(), bad.error(), true);
	}

	record Case(String method, String path, String body, MediaType type, int status, String error, boolean admin) {

		Case(String method, String path, String body, MediaType type, int status, String error) {
			this(method, path, body, type, status, error, false);
		}

		@Override
		public String toString() {
			String shown = (this.body != null && this.body.length() > 60) ? this.body.substring(0, 60) + "…"
					: this.body;
			return this.method + " " + this.path + ((shown != null) ? " " + shown : "") + " → " + this.status;
		}

	}

}
