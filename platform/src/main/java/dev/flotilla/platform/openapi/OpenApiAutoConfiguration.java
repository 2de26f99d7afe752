package dev.flotilla.platform.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import dev.flotilla.platform.health.HealthAutoConfiguration;
import dev.flotilla.platform.health.RuntimeInfo;

/**
 * A default OpenAPI description (title from {@code spring.application.name}, the build's
 * version) and the {@code ApiError} schema, referenced by a default error response on
 * every operation that does not document its own.
 */
@AutoConfiguration(after = HealthAutoConfiguration.class)
public class OpenApiAutoConfiguration {

	static final String ERROR_SCHEMA = "ApiError";

	@Bean
	@ConditionalOnMissingBean
	OpenAPI platformOpenApi(Environment environment, RuntimeInfo runtime) {
		String name = environment.getProperty("spring.application.name", "api");
		return new OpenAPI().info(new Info().title(name).version(runtime.version()));
	}

	@Bean
	GlobalOpenApiCustomizer apiErrorOpenApiCustomizer() {
		return (openApi) -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(ERROR_SCHEMA, errorSchema());
			ApiResponse error = new ApiResponse().description("Error, in the platform's JSON error shape")
				.content(new Content().addMediaType("application/json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA))));
			if (openApi.getPaths() != null) {
				openApi.getPaths()
					.values()
					.forEach((path) -> path.readOperations()
						.forEach((operation) -> operation.getResponses().putIfAbsent("default", error)));
			}
		};
	}

	private static Schema<?> errorSchema() {
		Schema<?> field = new ObjectSchema()
			.properties(Map.of("field", new StringSchema(), "message", new StringSchema()));
		Schema<?> schema = new ObjectSchema().properties(Map.of("error",
				new StringSchema().description("Stable error code, e.g. not_found").example("not_found"), "message",
				new StringSchema().description("Human-readable message"), "fields",
				new ArraySchema().items(field).description("Rejected fields (validation errors only)")));
		schema.setRequired(List.of("error", "message"));
		return schema;
	}

}
