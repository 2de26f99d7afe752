package dev.flotilla.clinic.patient;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import dev.flotilla.clinic.ClinicIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The CRUD life of a patient and their studies through the JSON API.
 */
class PatientStudyApiIT extends ClinicIntegrationTest {

	@Test
	void createReadReplaceAndDeleteAPatient() throws Exception {
		MockHttpServletResponse created = this.mvc
			.perform(withJson(post("/api/patients"),
					Map.of("patientId", "CRUD-1", "issuerOfPatientId", "HOSP", "patientName", "Lefèvre^Chloé",
							"patientBirthDate", "1985-04-12", "patientSex", "F"))
				.with(modification()))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).isEqualTo(201);
		JsonNode patient = this.json.readTree(created.getContentAsString());
		long id = patient.get("id").asLong();
		assertThat(created.getHeader("Location")).isEqualTo("/api/patients/" + id);
		assertThat(patient.get("patientBirthDate").asString()).isEqualTo("1985-04-12");

		MockHttpServletResponse replaced = this.mvc
			.perform(
					withJson(put("/api/patients/" + id),
							Map.of("patientId", "CRUD-1", "issuerOfPatientId", "HOSP", "patientName",
									"Lefèvre^Chloé^Anne", "patientSex", "F"))
						.with(modification()))
			.andReturn()
			.getResponse();
		assertThat(replaced.getStatus()).isEqualTo(200);
		JsonNode read = read(this.mvc.perform(get("/api/patients/" + id).with(lecture())).andReturn());
		assertThat(read.get("patientName").asString()).isEqualTo("Lefèvre^Chloé^Anne");
		assertThat(read.get("patientBirthDate").isNull()).isTrue();

		assertThat(this.mvc.perform(delete("/api/patients/" + id).with(csrf()).with(modification()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(204);
		assertThat(this.mvc.perform(get("/api/patients/" + id).with(lecture())).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void aStudyGetsAGeneratedUidThatAReplacementKeeps() throws Exception {
		long patient = createPatient(Map.of("patientId", "CRUD-2", "patientName", "Martin^Paul"));
		long study = createStudy(Map.of("patient", patient, "studyDate", "2024-06-01", "studyTime", "14:30:00",
				"modalitiesInStudy", List.of("CT", "SR"), "patientWeight", 72.5));
		JsonNode created = read(this.mvc.perform(get("/api/studies/" + study).with(lecture())).andReturn());
		String uid = created.get("studyInstanceUid").asString();
		assertThat(uid).startsWith("2.25.");
		assertThat(created.get("modalitiesInStudy").toString()).isEqualTo("[\"CT\",\"SR\"]");

		this.mvc
			.perform(withJson(put("/api/studies/" + study), Map.of("patient", patient, "studyDescription", "IRM"))
				.with(modification()))
			.andReturn();
		JsonNode replaced = read(this.mvc.perform(get("/api/studies/" + study).with(lecture())).andReturn());
		assertThat(replaced.get("studyInstanceUid").asString()).isEqualTo(uid);
		assertThat(replaced.get("studyDescription").asString()).isEqualTo("IRM");
		assertThat(replaced.get("studyDate").isNull()).isTrue();

		JsonNode list = read(
				this.mvc.perform(get("/api/patients/" + patient + "/studies").with(lecture())).andReturn());
		assertThat(list).hasSize(1);
	}

	@Test
	void onlyAnAdminDeletesAPatientWithTheirStudies() throws Exception {
		long patient = createPatient(Map.of("patientId", "CRUD-3", "patientName", "Bernard^Luc"));
		long study = createStudy(Map.of("patient", patient));
		assertThat(this.mvc.perform(delete("/api/patients/" + patient).with(csrf()).with(modification()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(409);
		assertThat(this.mvc.perform(delete("/api/patients/" + patient + "?cascade=true").with(csrf()).with(admin()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(204);
		assertThat(this.mvc.perform(get("/api/studies/" + study).with(lecture())).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

}
