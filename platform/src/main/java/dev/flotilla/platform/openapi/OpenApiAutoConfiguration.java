package dev.flotilla.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.web.method.HandlerMethod;

import dev.flotilla.platform.health.HealthAutoConfiguration;
import dev.flotilla.platform.health.RuntimeInfo;

/**
 * The platform's share of every API document: a default description (title from
 * {@code spring.application.name}, the build's version), Spring's internal error route
 * left out, the {@code ApiError} schema declared once and given to every error answer
 * (4xx, 5xx, {@code default}) whose body the controller's {@code @ApiResponse}s do not
 * declare, the security schemes a system lists in
 * {@code platform.openapi.security-schemes} (see {@link ApiSecurity}) with a 401 on every
 * operation that requires one (with {@code session} and {@code csrf} both listed, a
 * session's writes require the CSRF header too), and operations tagged by feature: an
 * operation whose controller names no {@code @Tag} gets its feature package's name.
 * Records of null-marked code list their non-null components as required and their
 * {@code @Nullable} ones as nullable.
 */
@AutoConfiguration(after = HealthAutoConfiguration.class)
@EnableConfigurationProperties(OpenApiProperties.class)
public class OpenApiAutoConfiguration {

	static final String ERROR_SCHEMA = "ApiError";

	private static final String ERROR_REF = "#/components/schemas/" + ERROR_SCHEMA;

	@Bean
	@ConditionalOnMissingBean
	OpenAPI platformOpenApi(Environment environment, RuntimeInfo runtime) {
		String name = environment.getProperty("spring.application.name", "api");
		return new OpenAPI().info(new Info().title(name).version(runtime.version()));
	}

	@Bean
	GlobalOpenApiCustomizer apiErrorOpenApiCustomizer(Environment environment, OpenApiProperties properties) {
		String errorPath = environment.getProperty("server.error.path", "/error");
		Map<String, SecurityScheme> schemes = securitySchemes(properties);
		return (openApi) -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(ERROR_SCHEMA, errorSchema());
			schemes.forEach((name, scheme) -> {
				if (openApi.getComponents().getSecuritySchemes() == null
						|| !openApi.getComponents().getSecuritySchemes().containsKey(name)) {
					openApi.getComponents().addSecuritySchemes(name, scheme);
				}
			});
			if (openApi.getPaths() != null) {
				openApi.getPaths().remove(errorPath);
				if (schemes.containsKey(ApiSecurity.SESSION) && schemes.containsKey(ApiSecurity.CSRF)) {
					openApi.getPaths().values().forEach(OpenApiAutoConfiguration::requireCsrfOnWrites);
				}
				openApi.getPaths()
					.values()
					.forEach((path) -> path.readOperations()
						.forEach((operation) -> typeErrors(operation,
								openApi.getSecurity() != null && !openApi.getSecurity().isEmpty())));
			}
			openApi.setTags(tags(openApi));
		};
	}

	@Bean
	NullMarkedRecordsConverter nullMarkedRecordsConverter() {
		return new NullMarkedRecordsConverter();
	}

	@Bean
	GlobalOperationCustomizer featureTagOperationCustomizer() {
		return (operation, handlerMethod) -> {
			if (!namesItsTags(handlerMethod)) {
				operation.setTags(new ArrayList<>(List.of(feature(handlerMethod.getBeanType()))));
			}
			typeUndeclaredErrorBodies(operation, declaredBodies(handlerMethod));
			return operation;
		};
	}

	/**
	 * springdoc gives an error response described without content the schema of the
	 * method's return value: each error status whose body the annotations do not declare
	 * gets the error shape instead.
	 */
	static void typeUndeclaredErrorBodies(Operation operation, Set<String> declared) {
		if (operation.getResponses() == null) {
			return;
		}
		operation.getResponses().forEach((code, response) -> {
			if (isError(code) && response.get$ref() == null && !declared.contains(code)) {
				response.setContent(errorContent());
			}
		});
	}

	/**
	 * Status codes whose body the method's or its class's {@code @ApiResponse}s declare.
	 */
	private static Set<String> declaredBodies(HandlerMethod handlerMethod) {
		List<io.swagger.v3.oas.annotations.responses.ApiResponse> annotations = new ArrayList<>();
		annotations.addAll(AnnotatedElementUtils.findMergedRepeatableAnnotations(handlerMethod.getMethod(),
				io.swagger.v3.oas.annotations.responses.ApiResponse.class));
		annotations.addAll(AnnotatedElementUtils.findMergedRepeatableAnnotations(handlerMethod.getBeanType(),
				io.swagger.v3.oas.annotations.responses.ApiResponse.class));
		io.swagger.v3.oas.annotations.Operation operation = handlerMethod
			.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
		if (operation != null) {
			annotations.addAll(List.of(operation.responses()));
		}
		return annotations.stream()
			.filter((response) -> response.content().length > 0)
			.map(io.swagger.v3.oas.annotations.responses.ApiResponse::responseCode)
			.collect(Collectors.toSet());
	}

	/**
	 * A session's state-changing requests carry the CSRF header as well: the same
	 * requirement names both (both are needed, not either).
	 */
	static void requireCsrfOnWrites(PathItem path) {
		path.readOperationsMap().forEach((method, operation) -> {
			if (method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD
					|| method == PathItem.HttpMethod.OPTIONS || method == PathItem.HttpMethod.TRACE
					|| operation.getSecurity() == null) {
				return;
			}
			operation.getSecurity()
				.stream()
				.filter((requirement) -> requirement.containsKey(ApiSecurity.SESSION))
				.forEach((requirement) -> requirement.putIfAbsent(ApiSecurity.CSRF, new ArrayList<>()));
		});
	}

	/** Every error answer in the error shape, and a 401 wherever a scheme is required. */
	static void typeErrors(Operation operation, boolean securedAtRoot) {
		ApiResponses responses = operation.getResponses();
		if (responses == null) {
			responses = new ApiResponses();
			operation.setResponses(responses);
		}
		if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()
				&& operation.getSecurity().stream().noneMatch(Map::isEmpty)) {
			responses.putIfAbsent("401", new ApiResponse().description("Authentication required or refused"));
		}
		responses.putIfAbsent("default", new ApiResponse().description("Error, in the platform's JSON error shape"));
		responses.forEach((code, response) -> {
			if (code.equals("204") || code.equals("304")) {
				// No body by definition, whatever springdoc copied from the return type.
				response.setContent(null);
			}
			else if (isError(code) && response.get$ref() == null
					&& (response.getContent() == null || response.getContent().isEmpty())) {
				response.setContent(errorContent());
			}
		});
		if (operation.getSecurity() == null && !securedAtRoot) {
			// Said, not left out: linters and clients read no security as "not
			// documented".
			operation.setSecurity(new ArrayList<>());
		}
	}

	private static boolean isError(String code) {
		return code.equals("default") || code.startsWith("4") || code.startsWith("5");
	}

	private static Content errorContent() {
		return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
				new MediaType().schema(new Schema<>().$ref(ERROR_REF)));
	}

	/**
	 * One entry per tag name (controllers of one feature may share a tag), every used tag
	 * listed.
	 */
	private static List<Tag> tags(OpenAPI openApi) {
		Map<String, Tag> tags = new LinkedHashMap<>();
		if (openApi.getTags() != null) {
			openApi.getTags().forEach((tag) -> tags.merge(tag.getName(), tag, (first, second) -> first));
		}
		if (openApi.getPaths() != null) {
			openApi.getPaths()
				.values()
				.forEach((path) -> path.readOperations()
					.stream()
					.filter((operation) -> operation.getTags() != null)
					.flatMap((operation) -> operation.getTags().stream())
					.forEach((name) -> tags.computeIfAbsent(name, (key) -> new Tag().name(key))));
		}
		return tags.isEmpty() ? null : new ArrayList<>(tags.values());
	}

	private static boolean namesItsTags(HandlerMethod handlerMethod) {
		if (AnnotatedElementUtils.hasAnnotation(handlerMethod.getBeanType(),
				io.swagger.v3.oas.annotations.tags.Tag.class)
				|| handlerMethod.hasMethodAnnotation(io.swagger.v3.oas.annotations.tags.Tag.class)) {
			return true;
		}
		io.swagger.v3.oas.annotations.Operation operation = handlerMethod
			.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
		return operation != null && operation.tags().length > 0;
	}

	/** The feature a controller belongs to: the last segment of its package. */
	static String feature(Class<?> controller) {
		String name = controller.getPackageName();
		return name.substring(name.lastIndexOf('.') + 1);
	}

	static Map<String, SecurityScheme> securitySchemes(OpenApiProperties properties) {
		Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
		for (String name : properties.securitySchemes()) {
			schemes.put(name, switch (name) {
				case ApiSecurity.BASIC -> new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("basic")
					.description("HTTP Basic credentials on every request");
				case ApiSecurity.BEARER -> new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("JWT")
					.description("A token this API issued at login");
				case ApiSecurity.SESSION -> new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE)
					.name(properties.sessionCookie())
					.description("The session cookie set at login");
				case ApiSecurity.CSRF -> new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER)
					.name(properties.csrfHeader())
					.description("The session's CSRF token, required on state-changing requests");
				default -> throw new IllegalStateException("platform.openapi.security-schemes: unknown scheme '" + name
						+ "' (known: basic, bearer, session, csrf)");
			});
		}
		return schemes;
	}

	private static Schema<?> errorSchema() {
		Schema<?> field = new ObjectSchema()
			.properties(Map.of("field", new StringSchema(), "message", new StringSchema()));
		Schema<?> schema = new ObjectSchema().properties(Map.of("error",
				new StringSchema().description("Stable error code, e.g. not_found").example("not_found"), "message",
				new StringSchema().description("Human-readable message, in French"), "fields",
				new ArraySchema().items(field).description("Rejected fields (validation errors only)")));
		schema.setRequired(List.of("error", "message"));
		return schema;
	}

}
