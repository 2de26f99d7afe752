package dev.flotilla.factory;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** {@code /apidocs} documents every operation, its errors and the bearer scheme. */
@FactoryIT
class OpenApiIT {

	@Autowired
	MockMvc mvc;

	@Test
	void everyOperationIsDocumentedWithTheBearerSchemeAndErrors() throws Exception {
		Api api = new Api(this.mvc);
		JsonNode docs = Api.json(api.perform(get("/v3/api-docs")));
		assertThat(docs.get("paths").propertyNames()).contains("/login", "/token/refresh", "/logout", "/status",
				"/projects", "/projects/{id}", "/projects/{id}/build", "/projects/{id}/builds",
				"/projects/{id}/builds/{number}", "/projects/{id}/builds/{number}/cancel",
				"/projects/{id}/builds/{number}/retry", "/projects/{id}/builds/{number}/logs",
				"/projects/{id}/builds/{number}/logs/stream", "/users");
		JsonNode scheme = docs.get("components").get("securitySchemes").get("bearer");
		assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
		assertThat(scheme.get("bearerFormat").asString()).isEqualTo("JWT");
		JsonNode create = docs.get("paths").get("/projects").get("post");
		assertThat(create.get("security").toString()).contains("bearer");
		assertThat(create.get("responses").propertyNames()).contains("201", "400", "409");
		assertThat(docs.get("paths").get("/projects/{id}/build").get("post").get("responses").propertyNames())
			.contains("201", "404");
		assertThat(docs.get("paths").get("/projects/{id}/builds").get("post").get("responses").propertyNames())
			.contains("202", "404");
		assertThat(docs.get("paths").get("/projects/{id}").get("delete").get("responses").propertyNames())
			.contains("204", "403", "404");
		// Logout revokes the bearer token it is sent with; the login shows the seed's
		// admin.
		assertThat(docs.get("paths").get("/logout").get("post").get("security").toString()).contains("bearer");
		assertThat(docs.toString()).contains("\"example\":\"admin123\"");
		// The console's pages and their JSON helpers are not API.
		assertThat(docs.get("paths").propertyNames()).noneMatch((path) -> path.startsWith("/ui"));
		// Public: the document says so with an empty requirement list.
		assertThat(docs.get("paths").get("/status").get("get").path("security").isEmpty()).isTrue();
		var redirect = api.perform(get("/apidocs")).getResponse();
		assertThat(redirect.getStatus()).isEqualTo(302);
		String location = java.net.URI.create(redirect.getHeader("Location")).getPath();
		assertThat(api.perform(get(location)).getResponse().getStatus()).as(location).isEqualTo(200);
	}

}
