package dev.flotilla.testsupport;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** The enumerated bad values of one field or parameter, from its schema. */
final class BadValues {

	private static final String[] INVALID_UTF8 = { "%C3%28", "%FF", "%FE%FF", "%C0%AF", "%ED%A0%80", "%F4%90%80%80",
			"%80", "%C3", "%E2%82" };

	private static final String[] ODD_BUT_VALID = { "%25", "%2F", "%5C", "..%2F..%2F", "%0D%0A", "%00", "%E2%80%AE",
			"%E2%80%8B", "%EF%BB%BF", "%F0%9F%98%80", "e%CC%81", "%D9%85%D8%B1%D8%AD%D8%A8%D8%A7", "%27%20OR%201%3D1--",
			"%3Cscript%3E", "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D", "%25s%25n", "..%2F..%2Fetc%2Fpasswd", "-", "~", "%22%22",
			"undefined", "%5B0%5D" };

	private static final String[] NOT_INTEGERS = { "abc", "true", "false", "%5B%5D", "%7B%7D", "null", "1.5", "1e3",
			"12abc", "2147483648", "9223372036854775808", "-9223372036854775809", "1e309", "NaN", "Infinity",
			"-Infinity", "0x1", "1_000", "%D9%A1", "%EF%BC%91", "1,2" };

	private BadValues() {
	}

	/**
	 * One bad value: its JSON text for a field, its percent-encoded text for a parameter.
	 */
	record Value(String name, String json, String raw, boolean breaksSchema) {
	}

	static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode each : type) {
				if (!each.asString().equals("null")) {
					return each.asString();
				}
			}
		}
		if (type.isMissingNode() && schema.has("properties")) {
			return "object";
		}
		return type.asString("string");
	}

	static String text(JsonNode sample) {
		return sample.isString() ? sample.asString() : sample.toString();
	}

	static List<Value> forParameter(JsonNode schema) {
		List<Value> values = new ArrayList<>();
		boolean numeric = List.of("integer", "number").contains(type(schema));
		for (String raw : NOT_INTEGERS) {
			boolean int64 = raw.equals("2147483648") && schema.path("format").asString("").equals("int64");
			values.add(new Value("not a number: " + raw, null, raw, numeric && !int64));
		}
		for (String raw : INVALID_UTF8) {
			values.add(new Value("invalid UTF-8 " + raw, null, raw, true));
		}
		for (String raw : ODD_BUT_VALID) {
			values.add(new Value("odd text " + raw, null, raw, numeric && !raw.equals("%0D%0A")));
		}
		// Empty or blank reads as absent: the default applies.
		values.add(new Value("empty", null, "", false));
		values.add(new Value("blank", null, "%20", false));
		values.add(new Value("0", null, "0", numeric && schema.path("minimum").asDouble(0) > 0));
		values.add(new Value("-1", null, "-1", numeric && schema.path("minimum").asDouble(-1) > -1));
		values.add(new Value("-0", null, "-0", numeric && schema.path("minimum").asDouble(0) > 0));
		if (schema.has("maximum")) {
			values.add(new Value("max+1", null, Long.toString(schema.path("maximum").asLong() + 1), true));
		}
		values.add(new Value("10,000 letters", null, "a".repeat(10_000), numeric || schema.has("maxLength")));
		values.add(new Value("10,000 digits", null, "9".repeat(10_000), true));
		values.add(new Value("1,000 broken sequences", null, "%C3%28".repeat(1000), true));
		return values;
	}

	static List<Value> forField(JsonNode schema) {
		String type = type(schema);
		boolean nullable = schema.path("nullable").asBoolean(false)
				|| (schema.path("type").isArray() && schema.path("type").toString().contains("\"null\""));
		List<Value> values = new ArrayList<>();
		String[][] wrongTypes = { { "string", "\"texte\"" }, { "number", "12.5" }, { "boolean", "true" },
				{ "array", "[]" }, { "object", "{}" } };
		for (String[] wrong : wrongTypes) {
			if (!wrong[0].equals(type) && !(wrong[0].equals("number") && type.equals("integer"))) {
				values.add(new Value("a " + wrong[0], wrong[1], null, true));
			}
		}
		if (!nullable) {
			values.add(new Value("null", "null", null, true));
		}
		if (type.equals("integer") || type.equals("number")) {
			numbers(schema, type, values);
		}
		else if (type.equals("string")) {
			strings(schema, values);
		}
		return values;
	}

	private static void numbers(JsonNode schema, String type, List<Value> values) {
		if (schema.has("minimum")) {
			values.add(new Value("min-1", Long.toString(schema.path("minimum").asLong() - 1), null, true));
		}
		if (schema.has("maximum")) {
			values.add(new Value("max+1", Long.toString(schema.path("maximum").asLong() + 1), null, true));
		}
		values.add(new Value("long overflow", "9223372036854775808", null, true));
		values.add(new Value("huge negative", "-9223372036854775809", null, true));
		values.add(new Value("1e309", "1e309", null, true));
		values.add(new Value("a 400-digit number", "9".repeat(400), null, true));
		values.add(new Value("-0", "-0", null, schema.path("minimum").asDouble(0) > 0));
		values.add(new Value("NaN string", "\"NaN\"", null, true));
		values.add(new Value("Infinity string", "\"Infinity\"", null, true));
		if (type.equals("integer")) {
			values.add(new Value("a fraction", "1.5", null, true));
		}
	}

	private static void strings(JsonNode schema, List<Value> values) {
		boolean constrained = schema.has("pattern") || schema.has("enum") || schema.has("format");
		if (schema.has("maxLength")) {
			values.add(new Value("maxLength+1", "\"" + "a".repeat(schema.path("maxLength").asInt() + 1) + "\"", null,
					true));
		}
		if (schema.path("minLength").asInt(0) > 0) {
			values.add(new Value("empty", "\"\"", null, true));
		}
		int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
		values.add(new Value("10,000 characters", "\"" + "a".repeat(10_000) + "\"", null, constrained || max < 10_000));
		String[][] unicode = { { "right-to-left override", "\\u202Efuzz" }, { "zero-width space", "fu\\u200Bzz" },
				{ "emoji", "fuzz\\uD83D\\uDE00" }, { "NUL", "fu\\u0000zz" }, { "lone surrogate", "fuzz\\uD800" },
				{ "Arabic", "\\u0645\\u0631\\u062D\\u0628\\u0627" }, { "combining accent", "fuze\\u0301" },
				{ "byte order mark", "\\uFEFFfuzz" }, { "CRLF", "fu\\r\\nzz" },
				{ "markup", "<script>alert(1)</script>" }, { "SQL", "' OR '1'='1" }, { "format string", "%s%n%x" } };
		for (String[] each : unicode) {
			values.add(new Value(each[0], "\"" + each[1] + "\"", null,
					constrained || each[0].equals("NUL") || each[0].equals("lone surrogate")));
		}
	}

}
