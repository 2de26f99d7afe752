package dev.flotilla.testsupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.flotilla.testsupport.OpenApiMutations.Mutation;
import dev.flotilla.testsupport.OpenApiMutations.Operation;

/** A valid request of one operation, which each mutation changes in one place. */
record Request(Operation operation, Map<String, String> values, JsonNode body) {

	/** The path and query with the valid values, one of them replaced by a raw value. */
	String path(String replaced, String rawValue) {
		String path = this.operation.template();
		StringBuilder query = new StringBuilder();
		Map<String, String> values = new LinkedHashMap<>(this.values);
		if (replaced != null && !values.containsKey(replaced)) {
			values.put(replaced, "");
		}
		for (JsonNode parameter : this.operation.parameters()) {
			String name = parameter.path("name").asString();
			if (!values.containsKey(name)) {
				continue;
			}
			String raw = name.equals(replaced) ? rawValue : encode(values.get(name));
			if (parameter.path("in").asString().equals("path")) {
				path = path.replace("{" + name + "}", raw);
			}
			else {
				query.append(query.isEmpty() ? '?' : '&').append(encode(name)).append('=').append(raw);
			}
		}
		return path + query;
	}

	String bodyText() {
		return (this.body == null) ? null : this.body.toString();
	}

	Mutation withParameter(JsonNode parameter, BadValues.Value bad) {
		String name = parameter.path("name").asString();
		String text = bodyText();
		return new Mutation(this.operation, name + ": " + bad.name(), path(name, bad.raw()),
				(text == null) ? null : "application/json",
				(text == null) ? null : text.getBytes(StandardCharsets.UTF_8), bad.breaksSchema());
	}

	/**
	 * The body with the node at {@code pointer} replaced, or removed when {@code value}
	 * is null.
	 */
	Mutation withField(String pointer, JsonNode value, boolean breaksSchema, String what) {
		JsonNode copy = this.body.deepCopy();
		int slash = pointer.lastIndexOf('/');
		JsonNode parent = copy.at(pointer.substring(0, slash));
		String last = pointer.substring(slash + 1);
		if (parent instanceof ObjectNode object) {
			if (value == null) {
				object.remove(last);
			}
			else {
				object.set(last, value);
			}
		}
		else if (parent instanceof ArrayNode array) {
			array.set(Integer.parseInt(last), (value == null) ? OpenApiMutations.JSON.nullNode() : value);
		}
		return new Mutation(this.operation, pointer + ": " + what, path(null, null), "application/json",
				copy.toString().getBytes(StandardCharsets.UTF_8), breaksSchema);
	}

	Mutation withBody(String what, String contentType, byte[] body) {
		return new Mutation(this.operation, what, path(null, null), contentType, body, true);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
