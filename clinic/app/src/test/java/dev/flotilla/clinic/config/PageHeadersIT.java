package dev.flotilla.clinic.config;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.flotilla.clinic.ClinicIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page sends a Content-Security-Policy that allows no inline script or style, and
 * the pages have none (so the policy breaks nothing); no page leaks its URL to another
 * site as a referrer.
 */
class PageHeadersIT extends ClinicIntegrationTest {

	/** A script element without {@code src}, an inline style or an event attribute. */
	private static final Pattern INLINE = Pattern
		.compile("<script(?![^>]*\\ssrc=)[^>]*>|<style[\\s>]|\\sstyle=\"|\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);

	@Test
	void pagesSendAStrictPolicyAndHaveNothingInline() throws Exception {
		long patient = createPatient(Map.of("patientId", "CSP-1", "patientName", "POLITIQUE^Anne"));
		long study = createStudy(Map.of("patient", patient, "studyDate", "2023-03-04"));
		for (String path : List.of("/login", "/ui/search?name=*", "/ui/patients/" + patient, "/ui/studies/" + study,
				"/ui/patients/new", "/ui/patients/" + patient + "/edit", "/ui/admin/users", "/ui/admin/audit")) {
			RequestPostProcessor caller = path.equals("/login") ? (request) -> request : admin();
			MockHttpServletResponse response = this.mvc.perform(get(path).with(caller)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(response.getHeader("Content-Security-Policy")).as(path)
				.isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY)
				.doesNotContain("unsafe-inline", "unsafe-eval");
			assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("same-origin");
			assertThat(INLINE.matcher(response.getContentAsString()).find()).as(path + " has inline code").isFalse();
		}
	}

	@Test
	void theConfirmationScriptIsServedToAnonymousVisitors() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/js/confirm.js")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("data-confirm", "preventDefault");
	}

	@Test
	void theApiSendsThemToo() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/api/search").with(lecture()))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Security-Policy"))
			.isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
	}

}
