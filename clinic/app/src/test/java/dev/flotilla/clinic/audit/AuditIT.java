package dev.flotilla.clinic.audit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.flotilla.clinic.ClinicIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The audit trail: reads, changes and logins are recorded with who and which patient;
 * admins filter them; nothing can change them.
 */
class AuditIT extends ClinicIntegrationTest {

	@Test
	void readsAndChangesOfAPatientAreRecordedWithWhoAndWhich() throws Exception {
		long patient = createPatient(Map.of("patientId", "AUDIT-1", "patientName", "Audit^Anne"));
		this.mvc.perform(get("/api/patients/" + patient).with(lecture())).andReturn();
		JsonNode events = audit("patient=" + patient);
		assertThat(events.get("total").asInt()).isEqualTo(2);
		assertThat(events.get("items").get(0).get("action").asString()).isEqualTo("PATIENT_READ");
		assertThat(events.get("items").get(0).get("username").asString()).isEqualTo("lecture-user");
		assertThat(events.get("items").get(1).get("action").asString()).isEqualTo("PATIENT_CREATE");
		assertThat(events.get("items").get(1).get("username").asString()).isEqualTo("modification-user");
	}

	@Test
	void failedAndSuccessfulLoginsAreRecorded() throws Exception {
		this.mvc.perform(post("/login").param("username", "audit-nobody")
			.param("password", "wrong")
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("10.7.7.7");
				return request;
			})).andReturn();
		JsonNode events = audit("username=audit-nobody&action=LOGIN_FAILURE");
		assertThat(events.get("total").asInt()).isEqualTo(1);
		assertThat(events.get("items").get(0).get("clientAddress").asString()).isEqualTo("10.7.7.7");
	}

	@Test
	void theTrailCannotBeChangedThroughTheApplication() throws Exception {
		for (MockHttpServletRequestBuilder call : List.of(post("/api/audit"), put("/api/audit/1"),
				delete("/api/audit/1"), delete("/api/audit"))) {
			assertThat(this.mvc.perform(call.with(csrf()).with(admin())).andReturn().getResponse().getStatus())
				.isEqualTo(403);
		}
	}

	private JsonNode audit(String query) throws Exception {
		return read(this.mvc.perform(get("/api/audit?" + query).with(admin())).andReturn());
	}

}
