package dev.flotilla.clinic.config;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.flotilla.clinic.ClinicIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * HTTP Basic on {@code /dicomweb/**} as DICOMweb clients send it: the clinic's users and
 * roles, no session, GET only, and the form login's throttle.
 */
class DicomWebBasicIT extends ClinicIntegrationTest {

	private static final String PASSWORD = "lecture-basic-1";

	@BeforeEach
	void lectureUser() throws Exception {
		if (this.jdbc.sql("SELECT COUNT(*) FROM \"user\" WHERE username = 'basic-lecteur'")
			.query(Long.class)
			.single() == 0) {
			MvcResult created = this.mvc
				.perform(withJson(post("/api/users"),
						Map.of("username", "basic-lecteur", "password", PASSWORD, "role", "lecture"))
					.with(admin()))
				.andReturn();
			assertThat(created.getResponse().getStatus()).isEqualTo(201);
		}
	}

	@Test
	void aLectureUserSearchesWithBasicAndNoSessionIsCreated() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/dicomweb/studies?limit=1").with(httpBasic("basic-lecteur", PASSWORD)).with(from("10.1.0.1")))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("application/dicom+json");
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
		assertThat(status(get("/dicomweb/series").with(httpBasic("admin", "admin")).with(from("10.1.0.1"))))
			.isEqualTo(200);
	}

	@Test
	void wrongOrMissingCredentialsGet401WithTheBasicChallenge() throws Exception {
		MockHttpServletResponse wrong = this.mvc
			.perform(get("/dicomweb/studies").with(httpBasic("basic-lecteur", "wrong-password")).with(from("10.1.0.2")))
			.andReturn()
			.getResponse();
		assertThat(wrong.getStatus()).isEqualTo(401);
		assertThat(wrong.getHeader("WWW-Authenticate")).startsWith("Basic realm=\"clinic\"");
		assertThat(wrong.getContentType()).startsWith("application/json");
		MockHttpServletResponse none = this.mvc.perform(get("/dicomweb/studies")).andReturn().getResponse();
		assertThat(none.getStatus()).isEqualTo(401);
		assertThat(none.getHeader("WWW-Authenticate")).startsWith("Basic ");
	}

	@Test
	void basicIsForDicomWebOnlyAndOnlyForReading() throws Exception {
		assertThat(status(get("/api/search").with(httpBasic("basic-lecteur", PASSWORD)).with(from("10.1.0.3"))))
			.isEqualTo(401);
		assertThat(status(
				request(HttpMethod.POST, "/dicomweb/studies").with(httpBasic("admin", "admin")).with(from("10.1.0.3"))))
			.isEqualTo(403);
		assertThat(status(request(HttpMethod.DELETE, "/dicomweb/studies").with(httpBasic("admin", "admin"))
			.with(from("10.1.0.3")))).isEqualTo(403);
	}

	@Test
	void repeatedWrongPasswordsAreThrottledForThatClientOnly() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(status(
					get("/dicomweb/studies").with(httpBasic("basic-lecteur", "guess-" + i)).with(from("10.1.0.4"))))
				.isEqualTo(401);
		}
		MockHttpServletResponse throttled = this.mvc
			.perform(get("/dicomweb/studies").with(httpBasic("basic-lecteur", PASSWORD)).with(from("10.1.0.4")))
			.andReturn()
			.getResponse();
		assertThat(throttled.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(throttled.getHeader("Retry-After"))).isPositive();
		assertThat(throttled.getContentAsString()).contains("Trop de tentatives");
		assertThat(status(
				get("/dicomweb/studies?limit=1").with(httpBasic("basic-lecteur", PASSWORD)).with(from("10.1.0.5"))))
			.isEqualTo(200);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
