package dev.flotilla.testsupport;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link OpenApiResponses} accepts what the document declares and fails, readably, on
 * everything it does not.
 */
class OpenApiResponsesTests {

	private static final String DOCUMENT = """
			{
			  "openapi": "3.1.0",
			  "info": { "title": "tests-api", "version": "1" },
			  "servers": [ { "url": "http://localhost:8080" } ],
			  "paths": {
			    "/students/{name}": {
			      "put": { "responses": {
			        "201": { "description": "Stored", "content": { "application/json": {
			          "schema": { "$ref": "#/components/schemas/Student" } } } },
			        "default": { "$ref": "#/components/responses/Error" } } },
			      "delete": { "responses": {
			        "204": { "description": "Deleted" },
			        "404": { "$ref": "#/components/responses/Error" } } }
			    },
			    "/students/count": {
			      "get": { "responses": {
			        "200": { "description": "How many", "headers": { "X-Total": { "required": true,
			          "schema": { "type": "integer" } } },
			          "content": { "text/plain": { "schema": { "type": "string" } } } } } }
			    }
			  },
			  "components": {
			    "responses": {
			      "Error": { "description": "Error", "content": { "application/json": {
			        "schema": { "$ref": "#/components/schemas/ApiError" } } } }
			    },
			    "schemas": {
			      "Student": { "type": "object", "required": [ "name", "age" ], "properties": {
			        "name": { "type": "string" },
			        "age": { "type": "integer", "format": "int32" },
			        "nickname": { "type": [ "string", "null" ] } } },
			      "ApiError": { "type": "object", "required": [ "error", "message" ], "properties": {
			        "error": { "type": "string" }, "message": { "type": "string" } } }
			    }
			  }
			}
			""";

	private static final Map<String, List<String>> JSON = Map.of("content-type", List.of("application/json"));

	private final OpenApiResponses responses = OpenApiResponses.of("tests-api", DOCUMENT);

	@Test
	void acceptsAResponseThatFitsItsStatusContentTypeAndSchema() {
		assertThatCode(() -> this.responses.validate("PUT", "/students/bob?x=1", 201,
				Map.of("Content-Type", List.of("application/json;charset=UTF-8")),
				"{\"name\":\"bob\",\"age\":13,\"nickname\":null}"))
			.doesNotThrowAnyException();
		assertThatCode(() -> this.responses.validate("DELETE", "/students/bob", 204, Map.of(), ""))
			.doesNotThrowAnyException();
	}

	@Test
	void failsOnABodyThatDoesNotFitItsSchema() {
		assertThatThrownBy(
				() -> this.responses.validate("PUT", "/students/bob", 201, JSON, "{\"name\":\"bob\",\"age\":\"13\"}"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("PUT /students/bob -> 201")
			.hasMessageContaining("#/components/schemas/Student")
			.hasMessageContaining("age");
	}

	@Test
	void failsOnNullWhereTheSchemaDoesNotAllowIt() {
		assertThatThrownBy(
				() -> this.responses.validate("PUT", "/students/bob", 201, JSON, "{\"name\":null,\"age\":13}"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("name");
	}

	@Test
	void failsOnASuccessStatusTheDocumentDoesNotDeclare() {
		assertThatThrownBy(
				() -> this.responses.validate("PUT", "/students/bob", 200, JSON, "{\"name\":\"bob\",\"age\":13}"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("declares no 200")
			.hasMessageContaining("declared: 201, default");
	}

	@Test
	void failsOnAnErrorOutsideTheErrorShape() {
		assertThatThrownBy(() -> this.responses.validate("DELETE", "/students/bob", 404, JSON, "{\"message\":\"x\"}"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("#/components/schemas/ApiError")
			.hasMessageContaining("error");
		assertThatThrownBy(() -> this.responses.validate("DELETE", "/students/bob", 401, JSON,
				"{\"error\":\"unauthorized\",\"message\":\"x\"}"))
			.hasMessageContaining("declares no 401");
	}

	@Test
	void failsOnAContentTypeOrABodyTheDocumentDoesNotDeclare() {
		assertThatThrownBy(() -> this.responses.validate("PUT", "/students/bob", 201,
				Map.of("Content-Type", List.of("text/html")), "<html></html>"))
			.hasMessageContaining("Content-Type text/html is not declared (declared: application/json)");
		assertThatThrownBy(() -> this.responses.validate("DELETE", "/students/bob", 204, JSON, "{}"))
			.hasMessageContaining("declares no body");
		assertThatThrownBy(() -> this.responses.validate("PUT", "/students/bob", 201, JSON, ""))
			.hasMessageContaining("declares a body");
	}

	@Test
	void prefersALiteralPathAndChecksRequiredHeaders() {
		Map<String, List<String>> text = Map.of("Content-Type", List.of("text/plain"));
		assertThatThrownBy(() -> this.responses.validate("GET", "/students/count", 200, text, "2"))
			.hasMessageContaining("required header X-Total");
		assertThatCode(() -> this.responses.validate("GET", "/students/count", 200,
				Map.of("Content-Type", List.of("text/plain"), "X-Total", List.of("2")), "2"))
			.doesNotThrowAnyException();
	}

	@Test
	void undocumentedRoutesMayOnlyAnswerErrorsInTheErrorShape() {
		assertThatCode(() -> this.responses.validate("GET", "/nope", 404, JSON,
				"{\"error\":\"not_found\",\"message\":\"Introuvable\"}"))
			.doesNotThrowAnyException();
		assertThatCode(() -> this.responses.validate("POST", "/students/bob", 405, JSON,
				"{\"error\":\"method_not_allowed\",\"message\":\"Méthode non autorisée\"}"))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> this.responses.validate("GET", "/nope", 200, JSON, "{}"))
			.hasMessageContaining("the path is not in the document, yet it answered 200");
		assertThatThrownBy(() -> this.responses.validate("GET", "/nope", 404, JSON, "{\"status\":404}"))
			.hasMessageContaining("ApiError");
		assertThatCode(() -> this.responses.validate("GET", "/actuator/health", 200, JSON, "{\"status\":\"UP\"}"))
			.doesNotThrowAnyException();
	}

	@Test
	void checksOnlyTheApisPathsWhenTheApplicationAlsoServesPages() {
		OpenApiResponses api = this.responses.within("/students/");
		assertThatCode(
				() -> api.validate("GET", "/login", 200, Map.of("Content-Type", List.of("text/html")), "<html></html>"))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> api.validate("PUT", "/students/bob", 200, JSON, "{}"))
			.hasMessageContaining("declares no 200");
	}

	@Test
	void countsWhatItValidatedAndWhatFailedForTheReport() {
		OpenApiResponses other = OpenApiResponses.of("counted-api", DOCUMENT);
		other.validate("DELETE", "/students/bob", 204, Map.of(), null);
		other.validate("DELETE", "/students/alice", 204, Map.of(), null);
		assertThatThrownBy(() -> other.validate("DELETE", "/students/bob", 200, Map.of(), null));
		assertThat(OpenApiReport.lines())
			.contains("counted-api: 2 responses validated, 1 did not fit, 0 outside the document");
	}

}
