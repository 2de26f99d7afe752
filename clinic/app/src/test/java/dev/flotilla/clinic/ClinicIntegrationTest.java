package dev.flotilla.clinic;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.flotilla.testsupport.OpenApiResponses;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The one full context most suites share: the whole clinic on a real port, on an
 * in-memory H2 database, with MockMvc beside it. Suites on MariaDB and PostgreSQL
 * subclass a suite and point the data source elsewhere.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:clinic_it;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
				"spring.datasource.password=",
				// Hikari's shortest lifetime: connections are recycled during the run, as
				// in production, so faults bound to one connection show (see
				// ClinicSoakIT).
				"spring.datasource.hikari.max-lifetime=30000" })
@AutoConfigureMockMvc
@Import(ClinicIntegrationTest.DocumentedResponses.class)
public abstract class ClinicIntegrationTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected JsonMapper json;

	@LocalServerPort
	protected int port;

	protected static RequestPostProcessor as(String role) {
		return user(role + "-user").roles(role.toUpperCase(Locale.ROOT));
	}

	protected static RequestPostProcessor lecture() {
		return as("lecture");
	}

	protected static RequestPostProcessor modification() {
		return as("modification");
	}

	protected static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	/** A JSON call with a valid CSRF token. */
	protected static MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
		request.contentType(MediaType.APPLICATION_JSON).with(csrf());
		if (body instanceof String text) {
			return request.content(text);
		}
		return request.content(JsonMapper.shared().writeValueAsString(body));
	}

	protected JsonNode read(MvcResult result) throws Exception {
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	/** Create a patient through the API as a modification user; returns its id. */
	protected long createPatient(Map<String, Object> body) throws Exception {
		MvcResult result = this.mvc.perform(withJson(post("/api/patients"), body).with(modification())).andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException("Patient not created: " + result.getResponse().getContentAsString());
		}
		return read(result).get("id").asLong();
	}

	/** Create a study through the API as a modification user; returns its id. */
	protected long createStudy(Map<String, Object> body) throws Exception {
		MvcResult result = this.mvc.perform(withJson(post("/api/studies"), body).with(modification())).andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException("Study not created: " + result.getResponse().getContentAsString());
		}
		return read(result).get("id").asLong();
	}

	/**
	 * Every MockMvc response of the API routes must fit the published document (the pages
	 * are not part of it).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class DocumentedResponses {

		@Bean
		MockMvcBuilderCustomizer openApiResponses(Environment environment) {
			return (builder) -> builder.alwaysDo((result) -> {
				if (result.getRequest().isAsyncStarted()) {
					// Checked once dispatched (asyncDispatch), with its body.
					return;
				}
				MockHttpServletResponse response = result.getResponse();
				Map<String, List<String>> headers = new LinkedHashMap<>();
				response.getHeaderNames().forEach((name) -> headers.put(name, response.getHeaders(name)));
				OpenApiResponses.forServer("http://127.0.0.1:" + environment.getProperty("local.server.port"))
					.within("/api/", "/dicomweb/")
					.validate(result.getRequest().getMethod(), result.getRequest().getRequestURI(),
							response.getStatus(), headers, response.getContentAsString(StandardCharsets.UTF_8));
			});
		}

	}

}
