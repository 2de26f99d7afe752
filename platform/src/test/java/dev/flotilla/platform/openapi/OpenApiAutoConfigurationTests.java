package dev.flotilla.platform.openapi;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The platform's share of a document: no {@code /error}, every error answer in the error
 * shape, the listed security schemes, a 401 where one is required, one entry per tag.
 */
class OpenApiAutoConfigurationTests {

	private static final String TOKEN_REF = "#/components/schemas/TokenResponse";

	private final OpenApiAutoConfiguration configuration = new OpenApiAutoConfiguration();

	@Test
	void leavesOutTheErrorRouteAndTypesEveryErrorAnswerWithTheErrorSchema() {
		OpenAPI openApi = document();
		customize(openApi, new OpenApiProperties(List.of(), "SESSION", "X-CSRF-TOKEN"));
		assertThat(openApi.getPaths()).containsOnlyKeys("/login");
		ApiResponses responses = openApi.getPaths().get("/login").getPost().getResponses();
		assertThat(schemaRef(responses.get("200"))).isEqualTo(TOKEN_REF);
		assertThat(schemaRef(responses.get("429"))).isEqualTo("#/components/schemas/ApiError");
		assertThat(schemaRef(responses.get("default"))).isEqualTo("#/components/schemas/ApiError");
		assertThat(openApi.getPaths().get("/login").getPost().getSecurity()).isEmpty();
		assertThat(responses.get("304").getContent()).isNull();
		assertThat(openApi.getComponents().getSchemas().get("ApiError").getRequired()).containsExactly("error",
				"message");
	}

	@Test
	void replacesTheReturnTypeSpringdocGivesToErrorsWithTheErrorShapeUnlessDeclared() {
		Operation login = document().getPaths().get("/login").getPost();
		OpenApiAutoConfiguration.typeUndeclaredErrorBodies(login, Set.of("400"));
		assertThat(schemaRef(login.getResponses().get("200"))).isEqualTo(TOKEN_REF);
		assertThat(schemaRef(login.getResponses().get("401"))).isEqualTo("#/components/schemas/ApiError");
		assertThat(schemaRef(login.getResponses().get("400"))).isEqualTo("#/components/schemas/SeedError");
	}

	@Test
	void declaresTheListedSchemesAndA401WhereOneIsRequired() {
		OpenAPI openApi = document();
		Operation secured = new Operation().responses(new ApiResponses().addApiResponse("204", new ApiResponse()))
			.addSecurityItem(new SecurityRequirement().addList(ApiSecurity.SESSION));
		Operation read = new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse()))
			.addSecurityItem(new SecurityRequirement().addList(ApiSecurity.SESSION));
		openApi.getPaths().addPathItem("/patients", new PathItem().delete(secured).get(read));
		customize(openApi, new OpenApiProperties(List.of("session", "csrf"), "SESSION", "X-CSRF-TOKEN"));
		assertThat(openApi.getComponents().getSecuritySchemes()).containsOnlyKeys("session", "csrf");
		assertThat(openApi.getComponents().getSecuritySchemes().get("csrf").getName()).isEqualTo("X-CSRF-TOKEN");
		assertThat(openApi.getComponents().getSecuritySchemes().get("session").getIn().toString()).isEqualTo("cookie");
		assertThat(schemaRef(secured.getResponses().get("401"))).isEqualTo("#/components/schemas/ApiError");
		assertThat(secured.getSecurity()).singleElement()
			.satisfies((requirement) -> assertThat(requirement).containsOnlyKeys("session", "csrf"));
		assertThat(read.getSecurity()).singleElement()
			.satisfies((requirement) -> assertThat(requirement).containsOnlyKeys("session"));
	}

	@Test
	void refusesASchemeItDoesNotKnow() {
		assertThatIllegalStateException()
			.isThrownBy(() -> OpenApiAutoConfiguration
				.securitySchemes(new OpenApiProperties(List.of("basic", "oauth"), "SESSION", "X-CSRF-TOKEN")))
			.withMessageContaining("unknown scheme 'oauth'");
	}

	@Test
	void listsEachTagOnceAndEveryTagInUse() {
		OpenAPI openApi = document();
		openApi.addTagsItem(new Tag().name("status").description("Stamp"))
			.addTagsItem(new Tag().name("status").description("Probe"));
		openApi.getPaths().get("/login").getPost().addTagsItem("account");
		customize(openApi, new OpenApiProperties(List.of(), "SESSION", "X-CSRF-TOKEN"));
		assertThat(openApi.getTags()).extracting(Tag::getName).containsExactly("status", "account");
		assertThat(openApi.getTags().get(0).getDescription()).isEqualTo("Stamp");
	}

	@Test
	void namesAFeatureAfterItsPackage() {
		assertThat(OpenApiAutoConfiguration.feature(OpenApiAutoConfigurationTests.class)).isEqualTo("openapi");
	}

	private void customize(OpenAPI openApi, OpenApiProperties properties) {
		this.configuration.apiErrorOpenApiCustomizer(new MockEnvironment(), properties).customise(openApi);
	}

	/** A login typed as springdoc types undescribed errors: with the success's schema. */
	private static OpenAPI document() {
		ApiResponses responses = new ApiResponses().addApiResponse("200", response(TOKEN_REF))
			.addApiResponse("400", response("#/components/schemas/SeedError"))
			.addApiResponse("401", response(TOKEN_REF))
			.addApiResponse("429", new ApiResponse().description("Too many"))
			.addApiResponse("304", response(TOKEN_REF));
		return new OpenAPI()
			.paths(new Paths().addPathItem("/login", new PathItem().post(new Operation().responses(responses)))
				.addPathItem("/error", new PathItem().get(new Operation().responses(new ApiResponses()))));
	}

	private static ApiResponse response(String ref) {
		return new ApiResponse().description("d")
			.content(new Content().addMediaType("*/*", new MediaType().schema(new Schema<>().$ref(ref))));
	}

	private static String schemaRef(ApiResponse response) {
		return response.getContent().values().iterator().next().getSchema().get$ref();
	}

}
