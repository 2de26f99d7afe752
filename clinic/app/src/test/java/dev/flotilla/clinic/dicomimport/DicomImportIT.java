package dev.flotilla.clinic.dicomimport;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import dev.flotilla.clinic.ClinicIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Importing DICOM files creates, then updates, the patient and the study they describe.
 */
class DicomImportIT extends ClinicIntegrationTest {

	@Test
	void importsAFileThenMergesTheNextSeriesIntoTheSameStudy() throws Exception {
		Map<Integer, String[]> mr = new HashMap<>(DicomFiles.sample());
		mr.put(0x00100020, new String[] { "LO", "DCM-IMPORT-1" });
		mr.put(0x0020000D, new String[] { "UI", "1.2.250.1.59.777" });
		JsonNode first = upload(
				new MockMultipartFile("files", "a.dcm", "application/dicom", DicomFiles.file(true, mr)));
		assertThat(first.get(0).get("studyCreated").asBoolean()).isTrue();
		long study = first.get(0).get("study").asLong();

		Map<Integer, String[]> ct = new HashMap<>(mr);
		ct.put(0x00080060, new String[] { "CS", "CT" });
		JsonNode second = upload(
				new MockMultipartFile("files", "b.dcm", "application/dicom", DicomFiles.file(false, ct)));
		assertThat(second.get(0).get("studyCreated").asBoolean()).isFalse();
		assertThat(second.get(0).get("study").asLong()).isEqualTo(study);

		JsonNode stored = read(this.mvc.perform(get("/api/studies/" + study).with(lecture())).andReturn());
		assertThat(stored.get("modalitiesInStudy").toString()).isEqualTo("[\"MR\",\"CT\"]");
		assertThat(stored.get("studyDate").asString()).isEqualTo("2023-07-08");
		assertThat(stored.get("studyTime").asString()).isEqualTo("09:10:11");
		JsonNode patient = read(
				this.mvc.perform(get("/api/patients/" + stored.get("patient").asLong()).with(lecture())).andReturn());
		assertThat(patient.get("patientName").asString()).isEqualTo("Lefèvre^Hélène");
		assertThat(patient.get("patientBirthDate").asString()).isEqualTo("1970-01-02");
	}

	@Test
	void aFileThatIsNotDicomRefusesTheWholeUpload() throws Exception {
		Map<Integer, String[]> good = new HashMap<>(DicomFiles.sample());
		good.put(0x00100020, new String[] { "LO", "DCM-IMPORT-2" });
		good.put(0x0020000D, new String[] { "UI", "1.2.250.1.59.778" });
		MockHttpServletResponse response = this.mvc
			.perform(multipart("/api/import")
				.file(new MockMultipartFile("files", "ok.dcm", "application/dicom", DicomFiles.file(true, good)))
				.file(new MockMultipartFile("files", "notes.txt", "text/plain",
						"bonjour".getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(modification()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("not_dicom", "notes.txt");
		assertThat(this.mvc.perform(get("/api/search?patientId=DCM-IMPORT-2").with(lecture()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("\"total\":0");
	}

	private JsonNode upload(MockMultipartFile file) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(multipart("/api/import").file(file).with(csrf()).with(modification()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return this.json.readTree(response.getContentAsString());
	}

}
