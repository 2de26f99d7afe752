package dev.flotilla.clinic;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import dev.flotilla.clinic.dicomimport.DicomFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every write path, then again once the pool has retired every connection it had at the
 * start (the suite runs with Hikari's shortest {@code max-lifetime}, 30 s), as happens in
 * production after 30 minutes: all 2xx both times, and every row stored before is still
 * there, unchanged. On the local default store, an H2 file (issue 16: H2 had bound a shop
 * check constraint to the migrating session).
 */
@DirtiesContext
class ClinicSoakIT extends ClinicIntegrationTest {

	private static final List<String> TABLES = List.of("\"user\"", "patient", "study", "audit_event");

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		Path file = Path.of("target", "soak", "clinic-" + System.nanoTime(), "clinic").toAbsolutePath();
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + file);
	}

	@Test
	void everyWritePathWorksAfterThePoolRecycledItsConnectionsAndNothingIsLost() throws Exception {
		writeEverything("AVANT");
		Set<Long> sessions = sessions();
		assertThat(sessions).isNotEmpty();
		Map<String, Long> before = counts();
		Map<String, Long> last = lastIds();
		String digest = digest(last);

		// Bounded: max-lifetime is 30 s (less up to 2.5 % of variance); each connection
		// in use is retired when it is returned.
		await().atMost(Duration.ofSeconds(75))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> sessions().stream().noneMatch(sessions::contains));

		assertThat(counts()).isEqualTo(before);
		assertThat(digest(last)).isEqualTo(digest);
		writeEverything("APRES");
		Map<String, Long> after = counts();
		// Each round: one user, two patients and two studies kept (API and import), the
		// audit trail only grows.
		assertThat(after).containsEntry("\"user\"", before.get("\"user\"") + 1)
			.containsEntry("patient", before.get("patient") + 2)
			.containsEntry("study", before.get("study") + 2);
		assertThat(after.get("audit_event")).isGreaterThan(before.get("audit_event"));
		assertThat(digest(last)).isEqualTo(digest);
	}

	/**
	 * Every write the clinic offers: users (create, update, password), the form login and
	 * logout, patients and studies (create, update, delete), DICOM import (create, then
	 * merge).
	 */
	private void writeEverything(String tag) throws Exception {
		String unique = tag + "-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		String username = "soak-" + unique.toLowerCase(Locale.ROOT);
		long user = read(ok(withJson(post("/api/users"),
				Map.of("username", username, "password", "first-password", "role", "modification"))
			.with(admin()))).get("id").asLong();
		ok(withJson(put("/api/users/" + user), Map.of("role", "modification", "enabled", true)).with(admin()));
		ok(withJson(post("/api/users/" + user + "/password"), Map.of("password", "second-password")).with(admin()));

		MvcResult login = this.mvc
			.perform(post("/login").param("username", username).param("password", "second-password").with(csrf()))
			.andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/ui");
		// The session lives in the database (Spring Session): the cookie is the way back
		// to it.
		Cookie session = login.getResponse().getCookie("CLINIC_SESSION");
		assertThat(session).as("session cookie of the login").isNotNull();

		long patient = read(ok(withJson(post("/api/patients"), patientBody(unique, "Durand^Zoé")).cookie(session)))
			.get("id")
			.asLong();
		ok(withJson(put("/api/patients/" + patient), patientBody(unique, "Durand^Zoé Marie")).cookie(session));
		long doomedPatient = read(
				ok(withJson(post("/api/patients"), patientBody(unique + "-X", "Jetable^Jean")).cookie(session)))
			.get("id")
			.asLong();
		ok(delete("/api/patients/" + doomedPatient).with(csrf()).cookie(session));

		long study = read(ok(withJson(post("/api/studies"), studyBody(patient, "MR")).cookie(session))).get("id")
			.asLong();
		ok(withJson(put("/api/studies/" + study), studyBody(patient, "CT")).cookie(session));
		long doomedStudy = read(ok(withJson(post("/api/studies"), studyBody(patient, "US")).cookie(session))).get("id")
			.asLong();
		ok(delete("/api/studies/" + doomedStudy).with(csrf()).cookie(session));

		Map<Integer, String[]> mr = new HashMap<>(DicomFiles.sample());
		mr.put(0x00100020, new String[] { "LO", "SOAK-DCM-" + unique });
		mr.put(0x0020000D, new String[] { "UI", "1.2.250.1.59." + System.nanoTime() });
		JsonNode created = read(ok(dicom(mr).cookie(session)));
		assertThat(created.get(0).get("studyCreated").asBoolean()).isTrue();
		mr.put(0x00080060, new String[] { "CS", "CT" });
		JsonNode merged = read(ok(dicom(mr).cookie(session)));
		assertThat(merged.get(0).get("study").asLong()).isEqualTo(created.get(0).get("study").asLong());

		MvcResult logout = this.mvc.perform(post("/logout").with(csrf()).cookie(session)).andReturn();
		assertThat(logout.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
	}

	private static Map<String, Object> patientBody(String patientId, String name) {
		return Map.of("patientId", "SOAK-" + patientId, "issuerOfPatientId", "HUG", "patientName", name,
				"patientBirthDate", "1980-02-29", "patientSex", "F", "patientComments", "Soak");
	}

	private static Map<String, Object> studyBody(long patient, String modality) {
		return Map.of("patient", patient, "studyInstanceUid", "1.2.250.1.60." + System.nanoTime(), "studyDate",
				"2024-01-02", "studyTime", "10:11:12", "studyDescription", "Soak " + modality, "modalitiesInStudy",
				List.of(modality), "patientAge", "044Y", "numberOfStudyRelatedSeries", 2,
				"numberOfStudyRelatedInstances", 40);
	}

	private static MockMultipartHttpServletRequestBuilder dicom(Map<Integer, String[]> attributes) {
		return multipart("/api/import")
			.file(new MockMultipartFile("files", "soak.dcm", "application/dicom", DicomFiles.file(true, attributes)))
			.with(csrf());
	}

	private MvcResult ok(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isBetween(200, 299);
		return result;
	}

	private Set<Long> sessions() {
		return Set.copyOf(this.jdbc.sql("SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS").query(Long.class).list());
	}

	private Map<String, Long> counts() {
		return TABLES.stream()
			.collect(Collectors.toMap((table) -> table,
					(table) -> this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()));
	}

	private Map<String, Long> lastIds() {
		return TABLES.stream()
			.collect(Collectors.toMap((table) -> table,
					(table) -> this.jdbc.sql("SELECT MAX(id) FROM " + table).query(Long.class).single()));
	}

	/** SHA-256 of every row up to the given ids, table by table, in id order. */
	private String digest(Map<String, Long> last) throws NoSuchAlgorithmException {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		for (String table : TABLES) {
			List<String> rows = this.jdbc.sql("SELECT * FROM " + table + " WHERE id <= ? ORDER BY id")
				.param(last.get(table))
				.query((rs, n) -> {
					StringBuilder row = new StringBuilder(table);
					for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
						row.append('|').append(rs.getString(column));
					}
					return row.toString();
				})
				.list();
			assertThat(rows).as(table).isNotEmpty();
			rows.forEach((row) -> sha.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
		}
		return HexFormat.of().formatHex(sha.digest());
	}

}
