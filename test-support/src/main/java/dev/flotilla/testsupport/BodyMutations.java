package dev.flotilla.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

import dev.flotilla.testsupport.OpenApiMutations.Mutation;

/**
 * Mutations of a whole JSON body: its bytes, its syntax, its size and its content type.
 */
final class BodyMutations {

	private BodyMutations() {
	}

	static List<Mutation> whole(Request valid) {
		String text = valid.bodyText();
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		List<Mutation> mutations = new ArrayList<>();
		mutations.add(valid.withBody("text/plain", "text/plain", bytes));
		mutations.add(valid.withBody("application/xml", "application/xml",
				"<?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.UTF_8)));
		mutations.add(valid.withBody("no content type", null, bytes));
		mutations.add(valid.withBody("multipart without boundary", "multipart/form-data", bytes));
		mutations
			.add(valid.withBody("form", "application/x-www-form-urlencoded", "a=b".getBytes(StandardCharsets.UTF_8)));
		mutations.add(valid.withBody("invalid UTF-8 in a string", "application/json", invalidUtf8(valid)));
		mutations
			.add(valid.withBody("invalid UTF-8 first", "application/json", concat(new byte[] { (byte) 0xFF }, bytes)));
		if (valid.body() instanceof ObjectNode object && !object.isEmpty()) {
			Map.Entry<String, ?> first = object.properties().iterator().next();
			String duplicate = "{\"" + first.getKey() + "\":" + object.get(first.getKey()) + "," + text.substring(1);
			mutations.add(json(valid, "duplicate key", duplicate));
		}
		mutations.add(json(valid, "truncated", text.substring(0, text.length() / 2)));
		for (String broken : List.of("", "{", "null", "[]", "\"x\"", "123", "{\"a\":}", "{'a':1}", text + "x",
				text + text)) {
			mutations.add(json(valid, "not the document: " + abbreviate(broken), broken));
		}
		mutations.add(json(valid, "10,000 [", "[".repeat(10_000)));
		mutations.add(json(valid, "10,000 nested objects", "{\"a\":".repeat(10_000)));
		mutations.add(json(valid, "1 MB string", "{\"x\":\"" + "a".repeat(1 << 20) + "\"}"));
		return mutations;
	}

	private static Mutation json(Request valid, String what, String body) {
		return valid.withBody(what, "application/json", body.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] invalidUtf8(Request valid) {
		String text = valid.bodyText();
		int quote = text.indexOf("\":\"");
		if (quote < 0) {
			return concat(text.getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xC3, 0x28 });
		}
		byte[] head = text.substring(0, quote + 3).getBytes(StandardCharsets.UTF_8);
		byte[] tail = text.substring(quote + 3).getBytes(StandardCharsets.UTF_8);
		return concat(concat(head, new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF }), tail);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(first);
		out.writeBytes(second);
		return out.toByteArray();
	}

	private static String abbreviate(String text) {
		return (text.length() > 20) ? text.substring(0, 20) + "…" : text;
	}

}
