package dev.flotilla.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad requests generated from an OpenAPI document, for every operation with a JSON
 * request body or parameters: wrong types, nulls and missing required fields per field,
 * bounds, overflow, broken encodings, wrong content types, unicode, duplicate keys,
 * truncated and deeply nested JSON. The list is enumerated, never random, so a failure
 * repeats run after run. Each mutation says whether it breaks the document's schema; one
 * that does not (an emoji in a free-text field) may be accepted.
 */
public final class OpenApiMutations {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The fewest mutations an operation gets. */
	public static final int MINIMUM = 60;

	private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

	private final JsonNode document;

	private OpenApiMutations(JsonNode document) {
		this.document = document;
	}

	/**
	 * The generator over a parsed document (e.g. {@link OpenApiResponses#document()}).
	 * @param document the OpenAPI document
	 * @return the generator
	 */
	public static OpenApiMutations of(JsonNode document) {
		return new OpenApiMutations(document);
	}

	/** Every operation of the document with a JSON request body or parameters. */
	public List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		this.document.path("paths").properties().forEach((path) -> METHODS.forEach((method) -> {
			JsonNode operation = path.getValue().path(method);
			if (operation.isMissingNode()) {
				return;
			}
			List<JsonNode> parameters = new ArrayList<>();
			path.getValue().path("parameters").forEach((p) -> parameters.add(resolve(p)));
			operation.path("parameters").forEach((p) -> parameters.add(resolve(p)));
			parameters.removeIf((p) -> !List.of("path", "query").contains(p.path("in").asString("")));
			JsonNode body = resolve(operation.path("requestBody")).path("content")
				.path("application/json")
				.path("schema");
			Operation found = new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), parameters,
					body.isMissingNode() ? null : body);
			if (found.body() != null || !parameters.isEmpty()) {
				operations.add(found);
			}
		}));
		return operations;
	}

	/**
	 * The bad requests for one operation.
	 * @param operation the operation
	 * @param pathValues a valid value per path parameter (e.g. an id that exists), by
	 * {@code "template|name"} or by name
	 * @param baseBody a valid body to mutate, or {@code null} for one built from the
	 * schema
	 * @return the mutated requests, at least 60 per operation
	 */
	public List<Mutation> mutations(Operation operation, Map<String, String> pathValues, String baseBody) {
		Map<String, String> values = new LinkedHashMap<>();
		for (JsonNode parameter : operation.parameters()) {
			String name = parameter.path("name").asString();
			boolean inPath = parameter.path("in").asString().equals("path");
			if (inPath || parameter.path("required").asBoolean(false)) {
				String value = pathValues.getOrDefault(operation.template() + "|" + name, pathValues.get(name));
				values.put(name, (value != null) ? value : BadValues.text(sample(parameter.path("schema"))));
			}
		}
		JsonNode body = (operation.body() == null) ? null
				: (baseBody != null) ? JSON.readTree(baseBody) : sample(operation.body());
		List<Mutation> mutations = new ArrayList<>();
		Request valid = new Request(operation, values, body);
		for (JsonNode parameter : operation.parameters()) {
			for (BadValues.Value bad : BadValues.forParameter(resolve(parameter.path("schema")))) {
				mutations.add(valid.withParameter(parameter, bad));
			}
		}
		if (body != null) {
			fieldMutations(valid, body, operation.body(), "", mutations);
			mutations.addAll(BodyMutations.whole(valid));
			padWithUnknownProperties(valid, resolve(operation.body()), mutations);
		}
		return mutations;
	}

	private void fieldMutations(Request valid, JsonNode instance, JsonNode schema, String pointer,
			List<Mutation> into) {
		JsonNode resolved = resolve(schema);
		if (instance instanceof ObjectNode object) {
			List<String> required = new ArrayList<>();
			resolved.path("required").forEach((name) -> required.add(name.asString()));
			resolved.path("properties").properties().forEach((property) -> {
				String name = property.getKey();
				String at = pointer + "/" + name;
				JsonNode propertySchema = resolve(property.getValue());
				for (BadValues.Value bad : BadValues.forField(propertySchema)) {
					into.add(valid.withField(at, JSON.readTree(bad.json()), bad.breaksSchema(), bad.name()));
				}
				if (required.contains(name)) {
					into.add(valid.withField(at, null, true, "missing required"));
				}
				if (object.has(name)) {
					fieldMutations(valid, object.get(name), propertySchema, at, into);
				}
			});
		}
		else if (instance instanceof ArrayNode array && !array.isEmpty()) {
			into.add(valid.withField(pointer + "/0", JSON.nullNode(), true, "null item"));
			fieldMutations(valid, array.get(0), resolved.path("items"), pointer + "/0", into);
		}
	}

	/**
	 * A small body gets fewer than 60 mutations from its fields: unknown properties (odd
	 * names, each value type) make up the rest.
	 */
	private static void padWithUnknownProperties(Request valid, JsonNode schema, List<Mutation> into) {
		if (!(valid.body() instanceof ObjectNode)) {
			return;
		}
		boolean closed = schema.path("additionalProperties").isBoolean()
				&& !schema.path("additionalProperties").asBoolean();
		String[] names = { "inconnu", "\u202Einconnu", "in\u200Bconnu", "\uD83D\uDE00", "in\u0000connu", "__proto__",
				"constructor", "$where", "", " " };
		String[] values = { "1", "\"x\"", "true", "null", "[]", "{}" };
		for (int i = 0; into.size() < MINIMUM && i < names.length * values.length; i++) {
			String name = names[i % names.length];
			String value = values[i / names.length];
			into.add(valid.withField("/" + JSON.readTree("\"" + name + "\"").asString(), JSON.readTree(value), closed,
					"unknown property \"" + name + "\" = " + value));
		}
	}

	/** A valid instance of a schema, from its example, default, enum or type. */
	JsonNode sample(JsonNode schema) {
		JsonNode resolved = resolve(schema);
		for (String key : List.of("example", "default")) {
			if (resolved.has(key)) {
				return resolved.get(key);
			}
		}
		if (resolved.path("enum").size() > 0) {
			return resolved.path("enum").get(0);
		}
		switch (BadValues.type(resolved)) {
			case "object" -> {
				ObjectNode object = JSON.createObjectNode();
				resolved.path("properties").properties().forEach((p) -> object.set(p.getKey(), sample(p.getValue())));
				return object;
			}
			case "array" -> {
				ArrayNode array = JSON.createArrayNode();
				array.add(sample(resolved.path("items")));
				return array;
			}
			case "integer", "number" -> {
				return JSON.getNodeFactory().numberNode(Math.max(1, resolved.path("minimum").asLong(1)));
			}
			case "boolean" -> {
				return JSON.getNodeFactory().booleanNode(true);
			}
			default -> {
				return JSON.getNodeFactory().stringNode(sampleText(resolved));
			}
		}
	}

	private static String sampleText(JsonNode schema) {
		return switch (schema.path("format").asString("")) {
			case "date" -> "2000-01-01";
			case "date-time" -> "2000-01-01T00:00:00Z";
			case "email" -> "fuzz@example.org";
			default -> "fuzz" + "z".repeat(Math.max(0, schema.path("minLength").asInt(0) - 4));
		};
	}

	JsonNode resolve(JsonNode node) {
		JsonNode current = node;
		for (int hops = 0; hops < 16 && current.has("$ref"); hops++) {
			current = this.document.at(current.path("$ref").asString().substring(1));
		}
		if (current.path("allOf").size() == 1) {
			return resolve(current.path("allOf").get(0));
		}
		return current;
	}

	/**
	 * One documented operation.
	 *
	 * @param method the HTTP method, upper case
	 * @param template the path template
	 * @param parameters its path and query parameters, resolved
	 * @param body the schema of its JSON body, or {@code null}
	 */
	public record Operation(String method, String template, List<JsonNode> parameters, JsonNode body) {

		/** {@code "PUT /api/produits/{id}"}. */
		public String key() {
			return this.method + " " + this.template;
		}

		/** Whether sending it twice or reading it changes nothing a test must restore. */
		public boolean safe() {
			return this.method.equals("GET");
		}

	}

	/**
	 * One bad request.
	 *
	 * @param operation the operation it targets
	 * @param name what was changed, for a failure message
	 * @param path the raw path and query, already percent-encoded
	 * @param contentType the Content-Type to send, or {@code null} for none
	 * @param body the bytes of the body, or {@code null} for none
	 * @param breaksSchema whether the document's schema forbids it
	 */
	public record Mutation(Operation operation, String name, String path, String contentType, byte[] body,
			boolean breaksSchema) {

		/** The body as text, for a failure message (cut at 200 characters). */
		public String describe() {
			String text = (this.body == null) ? "" : new String(this.body, StandardCharsets.UTF_8);
			String path = (this.path.length() > 200) ? this.path.substring(0, 200) + "…" : this.path;
			return this.operation.method() + " " + path + " [" + this.name + "] "
					+ ((text.length() > 200) ? text.substring(0, 200) + "…" : text);
		}

	}

}
