package dev.flotilla.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests a servlet container cannot read, sent over real HTTP (MockMvc parses nothing
 * the way Tomcat does): each must get a 400 in the platform's JSON error shape, never a
 * 500 or a stack trace.
 */
public final class UnreadableRequests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final Map<String, String> headers;

	private UnreadableRequests(String base, Map<String, String> headers) {
		this.base = base;
		this.headers = headers;
	}

	/**
	 * Requests to the application on {@code port} of the loopback address.
	 * @param port the application's port
	 * @param headers sent with every request (e.g. {@code Authorization} where every
	 * route needs credentials first)
	 * @return the requests
	 */
	public static UnreadableRequests at(int port, Map<String, String> headers) {
		return new UnreadableRequests("http://127.0.0.1:" + port, Map.copyOf(headers));
	}

	/**
	 * Each GET {@code path} (whose query is not UTF-8) answers 400
	 * {@code invalid_encoding} with a message that names UTF-8.
	 * @param paths paths with their query
	 */
	public void assertInvalidUtf8Refused(String... paths) {
		for (String path : paths) {
			HttpResponse<String> response = send("GET", path, null);
			JsonNode error = error(path, response, 400, "invalid_encoding");
			if (!error.path("message").asString().contains("UTF-8")) {
				throw new AssertionError(path + ": the message does not name UTF-8: " + response.body());
			}
		}
	}

	/**
	 * A {@code multipart/form-data} body without a boundary, sent to every operation of
	 * the application's {@code /v3/api-docs} that takes a JSON body (path variables set
	 * to 1), answers 400 {@code malformed_multipart}.
	 * @return the operations tried, as {@code METHOD /path}
	 */
	public List<String> assertMultipartWithoutBoundaryRefusedOnEveryJsonWrite() {
		List<String> operations = jsonWriteOperations();
		for (String operation : operations) {
			String[] parts = operation.split(" ", 2);
			error(operation, send(parts[0], parts[1].replaceAll("\\{[^}]+}", "1"), "multipart/form-data"), 400,
					"malformed_multipart");
		}
		return operations;
	}

	private List<String> jsonWriteOperations() {
		JsonNode paths = JSON.readTree(send("GET", "/v3/api-docs", null).body()).get("paths");
		List<String> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (operation.getValue().path("requestBody").path("content").has("application/json")) {
					operations.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
				}
			}
		}
		return operations;
	}

	private HttpResponse<String> send(String method, String path, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, (contentType != null) ? BodyPublishers.ofString("a=b") : BodyPublishers.noBody());
		this.headers.forEach(request::header);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		try {
			return HTTP.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode error(String what, HttpResponse<String> response, int status, String code) {
		String type = response.headers().firstValue("Content-Type").orElse("");
		String body = response.body();
		if (response.statusCode() != status || !type.startsWith("application/json") || body.contains("Exception")
				|| body.contains("\tat ")) {
			throw new AssertionError(what + ": expected " + status + " with a JSON error, got " + response.statusCode()
					+ " " + type + " " + body);
		}
		JsonNode error = JSON.readTree(body);
		if (!code.equals(error.path("error").asString())) {
			throw new AssertionError(what + ": expected error " + code + ", got " + body);
		}
		return error;
	}

}
