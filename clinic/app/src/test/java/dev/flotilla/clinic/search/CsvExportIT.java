package dev.flotilla.clinic.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

import dev.flotilla.clinic.ClinicIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The CSV export of a search: every match, unpaged, in the search's order.
 */
class CsvExportIT extends ClinicIntegrationTest {

	@Test
	void exportsEveryMatchOfASearchAsCsv() throws Exception {
		for (int i = 1; i <= 25; i++) {
			createPatient(Map.of("patientId", "CSV-" + (100 + i), "patientName", "Exporté^N" + i));
		}
		createPatient(Map.of("patientId", "CSV-200", "patientName", "O\"Neil, Jo^Ann"));
		MvcResult started = this.mvc.perform(get("/api/search/export?patientId=CSV-*&sort=patientId").with(lecture()))
			.andReturn();
		MockHttpServletResponse response = this.mvc.perform(asyncDispatch(started)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("clinic-patients.csv");
		List<String> lines = List.of(response.getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
		assertThat(lines).hasSize(27);
		assertThat(lines.get(0)).isEqualTo("id,PatientID,IssuerOfPatientID,PatientName,PatientBirthDate,PatientSex");
		assertThat(lines.get(1)).contains(",CSV-101,,Exporté^N1,,");
		assertThat(lines.get(26)).endsWith(",CSV-200,,\"O\"\"Neil, Jo^Ann\",,");
	}

	@Test
	void studyLevelExportsTheStudiesWithTheirPatient() throws Exception {
		long patient = createPatient(Map.of("patientId", "CSVS-1", "patientName", "Étude^Export"));
		createStudy(Map.of("patient", patient, "studyDate", "2022-02-02", "accessionNumber", "CSVACC",
				"modalitiesInStudy", List.of("CT", "MR")));
		MvcResult started = this.mvc.perform(get("/api/search/export?level=study&patientId=CSVS-1").with(lecture()))
			.andReturn();
		String csv = this.mvc.perform(asyncDispatch(started))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.split("\r\n")).hasSize(2);
		assertThat(csv).contains("CSVS-1,Étude^Export,2.25.", ",2022-02-02,", ",CSVACC,", ",CT\\MR,");
	}

}
