package dev.flotilla.clinic.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import dev.flotilla.clinic.ClinicIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * QIDO-RS study queries answered in the DICOM JSON model.
 */
class DicomWebIT extends ClinicIntegrationTest {

	@Test
	void answersMatchingStudiesInTheDicomJsonModel() throws Exception {
		long patient = createPatient(Map.of("patientId", "QIDO-1", "patientName", "Réseau^Zoé", "patientBirthDate",
				"1980-05-06", "patientSex", "F"));
		createStudy(Map.of("patient", patient, "studyInstanceUid", "1.2.250.1.59.7", "studyDate", "2023-07-08",
				"studyTime", "09:10:11", "accessionNumber", "QACC1", "modalitiesInStudy", List.of("CT", "SR"),
				"numberOfStudyRelatedSeries", 3));
		createStudy(Map.of("patient", patient, "studyDate", "2019-01-01", "modalitiesInStudy", List.of("MR")));

		MockHttpServletResponse response = this.mvc
			.perform(get("/dicomweb/studies?PatientName=zoe&PatientID=QIDO-1&StudyDate=20230101-&includefield=all")
				.header("Accept", "application/dicom+json")
				.with(lecture()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/dicom+json");
		assertThat(response.getHeader("X-Total-Count")).isEqualTo("1");
		JsonNode study = this.json.readTree(response.getContentAsString()).get(0);
		assertThat(study.get("0020000D").get("vr").asString()).isEqualTo("UI");
		assertThat(study.get("0020000D").get("Value").get(0).asString()).isEqualTo("1.2.250.1.59.7");
		assertThat(study.get("00080020").get("Value").get(0).asString()).isEqualTo("20230708");
		assertThat(study.get("00080030").get("Value").get(0).asString()).isEqualTo("091011");
		assertThat(study.get("00080061").get("Value").toString()).isEqualTo("[\"CT\",\"SR\"]");
		assertThat(study.get("00100010").get("Value").get(0).get("Alphabetic").asString()).isEqualTo("Réseau^Zoé");
		assertThat(study.get("00100030").get("Value").get(0).asString()).isEqualTo("19800506");
		assertThat(study.get("00201206").get("Value").get(0).asInt()).isEqualTo(3);
		assertThat(study.get("00081030").has("Value")).isFalse();
	}

	@Test
	void modalitiesInStudyAndPagingFilterTheStudies() throws Exception {
		long patient = createPatient(Map.of("patientId", "QIDO-2", "patientName", "Paging^Paul"));
		for (int i = 1; i <= 3; i++) {
			createStudy(Map.of("patient", patient, "studyDate", "2020-01-0" + i, "modalitiesInStudy", List.of("US")));
		}
		MockHttpServletResponse response = this.mvc
			.perform(get("/dicomweb/studies?00100020=QIDO-2&ModalitiesInStudy=US&limit=2&offset=2").with(lecture()))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("X-Total-Count")).isEqualTo("3");
		JsonNode studies = this.json.readTree(response.getContentAsString());
		assertThat(studies).hasSize(1);
		assertThat(studies.get(0).get("00080020").get("Value").get(0).asString()).isEqualTo("20200101");
	}

}
