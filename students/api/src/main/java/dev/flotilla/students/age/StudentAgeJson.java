package dev.flotilla.students.age;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The file's format, {@code {"bob": "13", "alice": "12"}}, and the list route's body.
 * Order is kept everywhere: the file's order is the order the API answers in.
 */
final class StudentAgeJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private StudentAgeJson() {
	}

	/**
	 * Reads the file's content. Ages may be strings (as the original writes them) or
	 * whole numbers (as people write them by hand); both come back as strings.
	 * @throws StudentAgeFileException (without a path) if the content is not such an
	 * object
	 */
	static Map<String, String> parse(byte[] content) {
		JsonNode root;
		try {
			root = MAPPER.readTree(content);
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			String where = (location != null)
					? "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " : "";
			throw new StudentAgeFileException(
					"it is not valid JSON (" + where + firstLine(ex.getOriginalMessage()) + ")");
		}
		if (root == null || root.isMissingNode()) {
			throw new StudentAgeFileException("it is empty; it must hold a JSON object such as {\"alice\": \"12\"}");
		}
		if (!root.isObject()) {
			throw new StudentAgeFileException("it must hold a JSON object of names to ages, not "
					+ root.getNodeType().name().toLowerCase(Locale.ROOT));
		}
		Map<String, String> ages = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : root.properties()) {
			JsonNode age = entry.getValue();
			if (age.isString()) {
				ages.put(entry.getKey(), age.stringValue());
			}
			else if (age.isIntegralNumber()) {
				ages.put(entry.getKey(), age.bigIntegerValue().toString());
			}
			else {
				throw new StudentAgeFileException(
						"the age of " + quote(entry.getKey()) + " must be a string or a whole number, not "
								+ age.getNodeType().name().toLowerCase(Locale.ROOT));
			}
		}
		return Collections.unmodifiableMap(ages);
	}

	/** The file's content: one student per line, easy to edit by hand. */
	static byte[] format(Map<String, String> ages) {
		StringBuilder json = new StringBuilder(32 + ages.size() * 24).append('{');
		String separator = "\n";
		for (Map.Entry<String, String> entry : ages.entrySet()) {
			json.append(separator)
				.append("  ")
				.append(quote(entry.getKey()))
				.append(": ")
				.append(quote(entry.getValue()));
			separator = ",\n";
		}
		json.append(ages.isEmpty() ? "}\n" : "\n}\n");
		return json.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The body of {@code GET /supmit/api/v1.0/get_student_ages}. */
	static byte[] listBody(Map<String, String> ages) {
		return MAPPER.writeValueAsBytes(Map.of("student_ages", ages));
	}

	private static String quote(String value) {
		return MAPPER.writeValueAsString(value);
	}

	private static String firstLine(String message) {
		int end = message.indexOf('\n');
		return ((end >= 0) ? message.substring(0, end) : message).trim();
	}

}
