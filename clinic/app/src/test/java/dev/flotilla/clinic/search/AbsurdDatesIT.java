package dev.flotilla.clinic.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

import dev.flotilla.clinic.ClinicIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Years such as {@code -0001}: refused at input with a French message, and when such a
 * date is already stored, neither DICOMweb nor the CSV export breaks or shifts it.
 */
class AbsurdDatesIT extends ClinicIntegrationTest {

	@ParameterizedTest
	@ValueSource(strings = { "-0001-06-01", "0000-01-01", "1799-12-31", "+10000-01-01" })
	void theApiRefusesAnAbsurdBirthDateInFrench(String date) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(withJson(post("/api/patients"),
					Map.of("patientId", "ABS-" + date, "patientName", "Absurde^Anne", "patientBirthDate", date))
				.with(modification()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("patientBirthDate")
			.contains("l'année doit être comprise entre 1800");
		assertThat(count("SELECT COUNT(*) FROM patient WHERE patient_id = 'ABS-" + date + "'")).isZero();
	}

	@Test
	void theApiRefusesAStudyDateAfterNextYearAndAcceptsTheBounds() throws Exception {
		long patient = createPatient(
				Map.of("patientId", "ABS-STUDY", "patientName", "Borne^Bruno", "patientBirthDate", "1800-01-01"));
		String afterNextYear = Year.now().plusYears(2).atDay(1).toString();
		MockHttpServletResponse response = this.mvc
			.perform(withJson(post("/api/studies"), Map.of("patient", patient, "studyDate", afterNextYear))
				.with(modification()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("studyDate").contains("l'année");
		createStudy(Map.of("patient", patient, "studyDate", Year.now().plusYears(1).atDay(1).toString()));
		createStudy(Map.of("patient", patient, "studyDate", "1800-01-01"));
	}

	@Test
	void theFormRefusesAnAbsurdBirthDateInFrench() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/ui/patients").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("patientId", "ABS-FORM")
				.param("patientName", "Formulaire^Fanny")
				.param("patientBirthDate", "-0001-06-01")
				.with(csrf())
				.with(modification()))
			.andReturn()
			.getResponse();
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("l&#39;année doit être comprise");
		assertThat(count("SELECT COUNT(*) FROM patient WHERE patient_id = 'ABS-FORM'")).isZero();
	}

	@Test
	void storedDatesBeforeTheGregorianCutoverNeitherBreakDicomWebNorShiftInTheCsv() throws Exception {
		this.jdbc
			.sql("INSERT INTO patient (patient_id, issuer_of_patient_id, patient_name, family_search, given_search,"
					+ " name_search, birth_date) VALUES ('ABS-OLD', '', 'Ancien^Albert', 'ANCIEN', 'ALBERT',"
					+ " 'ANCIEN^ALBERT', ?)")
			.param(LocalDate.of(-1, 6, 1))
			.update();
		long patient = this.jdbc.sql("SELECT id FROM patient WHERE patient_id = 'ABS-OLD'").query(Long.class).single();
		this.jdbc
			.sql("INSERT INTO study (patient_ref, study_instance_uid, study_date) VALUES (?, '1.2.250.1.59.800.1', ?)")
			.params(patient, LocalDate.of(1500, 3, 1))
			.update();

		MockHttpServletResponse qido = this.mvc
			.perform(get("/dicomweb/studies?PatientID=ABS-OLD&includefield=all").with(lecture()))
			.andReturn()
			.getResponse();
		assertThat(qido.getStatus()).isEqualTo(200);
		JsonNode study = this.json.readTree(qido.getContentAsString()).get(0);
		assertThat(study.get("00100030").has("Value")).isFalse();
		assertThat(study.get("00080020").get("Value").get(0).asString()).isEqualTo("15000301");

		assertThat(csv("/api/search/export?patientId=ABS-OLD")).contains(",'-0001-06-01,");
		assertThat(csv("/api/search/export?level=study&patientId=ABS-OLD")).contains(",1500-03-01,");
	}

	private String csv(String path) throws Exception {
		MvcResult started = this.mvc.perform(get(path).with(lecture())).andReturn();
		MockHttpServletResponse response = this.mvc.perform(asyncDispatch(started)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
