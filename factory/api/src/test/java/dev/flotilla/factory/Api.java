package dev.flotilla.factory;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.flotilla.testsupport.OpenApiResponses;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A small client over MockMvc for the suites: logs in, creates uniquely named projects,
 * and reads JSON answers.
 */
public final class Api {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	private OpenApiResponses documented;

	/**
	 * Each client logs in from its own address, so throttling in one test never leaks.
	 */
	private final String remoteAddress = "10.1." + (CLIENTS.incrementAndGet() / 250) + "." + (CLIENTS.get() % 250);

	public Api(MockMvc mvc) {
		this.mvc = mvc;
	}

	public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.with((r) -> {
			r.setRemoteAddr(this.remoteAddress);
			return r;
		})).andReturn();
		// Every response a test receives must fit the published document.
		documented().validate(result.getRequest().getMethod(), result.getRequest().getRequestURI(),
				result.getResponse().getStatus(), headers(result.getResponse()),
				result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		return result;
	}

	private OpenApiResponses documented() throws Exception {
		if (this.documented == null) {
			String document = this.mvc.perform(get("/v3/api-docs"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			this.documented = OpenApiResponses.published(document);
		}
		return this.documented;
	}

	private static Map<String, List<String>> headers(MockHttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		response.getHeaderNames().forEach((name) -> headers.put(name, response.getHeaders(name)));
		return headers;
	}

	public MvcResult login(String username, String password) throws Exception {
		return perform(post("/login").contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("username", username, "password", password))));
	}

	public JsonNode tokens(String username, String password) throws Exception {
		MvcResult result = login(username, password);
		if (result.getResponse().getStatus() != 200) {
			throw new IllegalStateException("login failed: " + result.getResponse().getContentAsString());
		}
		return json(result);
	}

	public String adminToken() throws Exception {
		return tokens("admin", "admin123").get("access_token").asString();
	}

	/**
	 * Create a developer through the admin's {@code POST /users} and log in as them.
	 * @param adminToken an admin's access token
	 * @return the developer's access token
	 */
	public String developerToken(String adminToken) throws Exception {
		return developerToken(adminToken, unique("dev"));
	}

	/**
	 * Create a developer of this name through the admin's {@code POST /users} and log in
	 * as them.
	 * @param adminToken an admin's access token
	 * @param username the new developer's name
	 * @return the developer's access token
	 */
	public String developerToken(String adminToken, String username) throws Exception {
		MvcResult result = perform(post("/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(write(Map.of("username", username, "password", "s3cret-passw0rd", "role", "developer"))));
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException("user create failed: " + result.getResponse().getContentAsString());
		}
		return tokens(username, "s3cret-passw0rd").get("access_token").asString();
	}

	public long createProject(String token, String name) throws Exception {
		MvcResult result = perform(post("/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("name", name, "repo", "https://git.example.org/" + name))));
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException("create failed: " + result.getResponse().getContentAsString());
		}
		return json(result).get("id").asLong();
	}

	public JsonNode getJson(String token, String path) throws Exception {
		return json(perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)));
	}

	public static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	public static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	public static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36);
	}

}
