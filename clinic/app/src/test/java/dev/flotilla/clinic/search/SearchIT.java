package dev.flotilla.clinic.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.flotilla.clinic.ClinicIntegrationTest;
import dev.flotilla.clinic.db.SqlDialect;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The DICOM query semantics of {@code /api/search} (wildcards, accents, ranges, paging
 * with exact totals), on H2 here and on real servers in the subclasses. Every query is
 * scoped to this run's PatientIDs, so other suites' rows never change a total.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT extends ClinicIntegrationTest {

	@Autowired
	private SqlDialect dialect;

	private final String prefix = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	@BeforeAll
	void createPatients() throws Exception {
		long muller = patient("1", "MÜLLER^Hélène", "1980-02-03");
		patient("2", "Muller^Jean", "1975-06-07");
		long dupont = patient("3", "DUPONT^Hélène^Marie", "1990-01-01");
		patient("4", "Dupond^Éric", "1960-12-31");
		patient("5", "O_BRIEN^Pat", null);
		patient("6", "OXBRIEN^Pat", "2001-05-05");
		patient("7", "Straße^Zoë", "1999-09-09");
		study(muller, "2024-01-10", "ACC-" + this.prefix + "-1", List.of("CT"));
		study(muller, "2024-02-15", "ACC-" + this.prefix + "-2", List.of("CT", "MR"));
		study(muller, "2024-03-20", "ACC-" + this.prefix + "-3", List.of("MR"));
		study(dupont, "2024-02-16", "ACC-" + this.prefix + "-4", List.of("US"));
	}

	@ParameterizedTest(name = "name={0} finds {1}")
	@CsvSource(delimiter = '|',
			value = { "helene|2", "HÉLÈNE|2", "MULLER|2", "müller|2", "mull*|2", "DUP*|2", "DUPON?|2", "DUPONT|1",
					"dupont^hel*|1", "DUPONT^HELENE^MARIE|1", "O_B*|1", "O?BRIEN|2", "*BRIEN|2", "strasse|1", "ZOE|1",
					"*|7", "nobody|0", "ric|0", "*ric|1" })
	void namesMatchCaseAndAccentInsensitivelyWithWildcards(String name, int expected) throws Exception {
		assertThat(search("name=" + name).get("total").asInt()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "studyDate={0} finds {1} studies")
	@CsvSource({ "20240215,1", "20240101-20240228,3", "-20240215,2", "20240216-,2", "20240321-,0",
			"20240110-20240110,1" })
	void studyDatesMatchDaysAndRanges(String range, int expected) throws Exception {
		assertThat(search("level=study&studyDate=" + range).get("total").asInt()).isEqualTo(expected);
	}

	@Test
	void patientLevelWithAStudyFilterListsEachPatientOnce() throws Exception {
		JsonNode found = search("studyDate=20240101-20241231&modality=CT");
		assertThat(found.get("total").asInt()).isEqualTo(1);
		assertThat(found.get("items").get(0).get("patientName").asString()).isEqualTo("MÜLLER^Hélène");
	}

	@Test
	void modalityMatchesOneCodeOfTheList() throws Exception {
		assertThat(search("level=study&modality=MR").get("total").asInt()).isEqualTo(2);
		assertThat(search("level=study&modality=M").get("total").asInt()).isZero();
	}

	@Test
	void accessionNumbersMatchWithWildcards() throws Exception {
		assertThat(search("level=study&accessionNumber=ACC-" + this.prefix + "-*").get("total").asInt()).isEqualTo(4);
		assertThat(search("level=study&accessionNumber=ACC-" + this.prefix + "-2").get("total").asInt()).isEqualTo(1);
	}

	@Test
	void pagesCoverEveryMatchOnceWithTheExactTotal() throws Exception {
		List<String> seen = new ArrayList<>();
		for (int offset = 0; offset < 8; offset += 3) {
			JsonNode page = search("limit=3&offset=" + offset);
			assertThat(page.get("total").asInt()).isEqualTo(7);
			assertThat(page.get("limit").asInt()).isEqualTo(3);
			page.get("items").forEach((item) -> seen.add(item.get("patientId").asString()));
		}
		assertThat(seen).hasSize(7).doesNotHaveDuplicates();
		assertThat(seen.get(0)).isEqualTo(this.prefix + "-4");
	}

	@Test
	void nameMatchingFamilyOrGivenCountsAndPagesEachPatientOnce() throws Exception {
		String other = this.prefix + "X";
		for (String[] row : new String[][] { { "1", "MARTIN^Martine", "1970-01-01" },
				{ "2", "MARTINEZ^Paul", "1980-01-01" }, { "3", "DURAND^Martin", "1990-01-01" },
				{ "4", "Martel^Marthe", "2000-01-01" }, { "5", "BLANC^Marc", "1960-01-01" } }) {
			createPatient(Map.of("patientId", other + "-" + row[0], "patientName", row[1], "patientBirthDate", row[2]));
		}
		List<String> names = new ArrayList<>();
		for (int offset = 0; offset < 5; offset++) {
			JsonNode page = search(other, "name=mart*&limit=1&offset=" + offset);
			assertThat(page.get("total").asInt()).isEqualTo(4);
			page.get("items").forEach((item) -> names.add(item.get("patientName").asString()));
		}
		assertThat(names).containsExactly("DURAND^Martin", "Martel^Marthe", "MARTIN^Martine", "MARTINEZ^Paul");
		JsonNode reversed = search(other, "name=MART*&sort=-name&limit=3");
		assertThat(reversed.get("items").findValuesAsString("patientName")).containsExactly("MARTINEZ^Paul",
				"MARTIN^Martine", "Martel^Marthe");
		JsonNode born = search(other, "name=martin&birthDate=19800101-&sort=birthDate");
		assertThat(born.get("total").asInt()).isEqualTo(1);
		assertThat(born.get("items").get(0).get("patientName").asString()).isEqualTo("DURAND^Martin");
		assertThat(search(other, "name=martin").get("total").asInt()).isEqualTo(2);
	}

	@Test
	void studiesWithoutAPatientFilterPageInDateOrderWithUndatedStudiesLastBothWays() throws Exception {
		long patient = createPatient(Map.of("patientId", this.prefix + "Y-1", "patientName", "SANSDATE^Eve"));
		createStudy(Map.of("patient", patient, "accessionNumber", "ACN-" + this.prefix + "-5"));
		String studies = "/api/search?level=study&accessionNumber=AC?-" + this.prefix + "-*";
		assertThat(accessionSuffixes(studies)).containsExactly("3", "4", "2", "1", "5");
		assertThat(accessionSuffixes(studies + "&sort=studyDate")).containsExactly("1", "2", "4", "3", "5");
		assertThat(accessionSuffixes(studies + "&sort=-accessionNumber&limit=2&offset=1")).containsExactly("4", "3");
		JsonNode page = read(this.mvc.perform(get(studies + "&limit=2&offset=4").with(lecture())).andReturn());
		assertThat(page.get("total").asInt()).isEqualTo(5);
		assertThat(page.get("items").get(0).get("patientName").asString()).isEqualTo("SANSDATE^Eve");
	}

	@Test
	void studiesOfANameSearchPageInEachSortOrderWithTheirPatients() throws Exception {
		String studies = "/api/search?patientId=" + this.prefix + "-*&level=study&name=helene";
		assertThat(accessionSuffixes(studies)).containsExactly("3", "4", "2", "1");
		assertThat(accessionSuffixes(studies + "&limit=2&offset=1")).containsExactly("4", "2");
		assertThat(accessionSuffixes(studies + "&sort=studyDate&limit=3&offset=1")).containsExactly("2", "4", "3");
		assertThat(accessionSuffixes(studies + "&sort=name")).containsExactly("4", "1", "2", "3");
		assertThat(accessionSuffixes(studies + "&sort=-patientId&limit=2")).containsExactly("4", "3");
		JsonNode page = read(this.mvc.perform(get(studies + "&limit=1&offset=1").with(lecture())).andReturn());
		assertThat(page.get("total").asInt()).isEqualTo(4);
		assertThat(page.get("items").get(0).get("patientName").asString()).isEqualTo("DUPONT^Hélène^Marie");
	}

	private List<String> accessionSuffixes(String url) throws Exception {
		JsonNode page = read(this.mvc.perform(get(url).with(lecture())).andReturn());
		return page.get("items")
			.findValuesAsString("accessionNumber")
			.stream()
			.map((accession) -> accession.substring(accession.lastIndexOf('-') + 1))
			.toList();
	}

	@Test
	void sortsOnWhitelistedKeysBothWays() throws Exception {
		JsonNode newest = search("sort=-birthDate&limit=1");
		assertThat(newest.get("items").get(0).get("patientId").asString()).isEqualTo(this.prefix + "-6");
		JsonNode studies = search("level=study&sort=studyDate&limit=1");
		assertThat(studies.get("items").get(0).get("accessionNumber").asString()).endsWith("-1");
	}

	@Test
	void migrationsSeedTheThreeRolesAndTheDefaultAdmin() {
		assertThat(this.jdbc.sql("SELECT name FROM role ORDER BY id").query(String.class).list())
			.containsExactly("lecture", "modification", "admin");
		String user = this.dialect.userTable();
		assertThat(this.jdbc
			.sql("SELECT r.name FROM " + user + " u JOIN role r ON r.id = u.role_id WHERE u.username = 'admin'")
			.query(String.class)
			.single()).isEqualTo("admin");
		assertThat(this.jdbc.sql("SELECT password_hash FROM " + user + " WHERE username = 'admin'")
			.query(String.class)
			.single()).startsWith("{").doesNotContain("admin");
	}

	private JsonNode search(String query) throws Exception {
		return search(this.prefix, query);
	}

	private JsonNode search(String patientIdPrefix, String query) throws Exception {
		return read(this.mvc.perform(get("/api/search?patientId=" + patientIdPrefix + "-*&" + query).with(lecture()))
			.andReturn());
	}

	private long patient(String number, String name, String birthDate) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("patientId", this.prefix + "-" + number);
		body.put("patientName", name);
		body.put("patientBirthDate", birthDate);
		return createPatient(body);
	}

	private void study(long patient, String date, String accession, List<String> modalities) throws Exception {
		createStudy(Map.of("patient", patient, "studyDate", date, "accessionNumber", accession, "modalitiesInStudy",
				modalities));
	}

}
