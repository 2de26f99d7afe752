package dev.flotilla.shop;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.flotilla.testsupport.OpenApiResponses;

/**
 * A small HTTP client for the API under test: JSON in, status and JSON out.
 */
public final class ShopClient {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public ShopClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public Reply get(String path, String token) {
		return send("GET", path, token, null, Map.of());
	}

	public Reply get(String path, String token, Map<String, String> headers) {
		return send("GET", path, token, null, headers);
	}

	public Reply post(String path, String token, String body) {
		return send("POST", path, token, body, Map.of());
	}

	public Reply put(String path, String token, String body) {
		return send("PUT", path, token, body, Map.of());
	}

	public Reply delete(String path, String token) {
		return send("DELETE", path, token, null, Map.of());
	}

	public Reply send(String method, String path, String token, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
					: HttpRequest.BodyPublishers.noBody());
		if (body != null && !headers.containsKey("Content-Type")) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		try {
			// Every response a test receives must fit the published document.
			HttpResponse<String> response = OpenApiResponses.forServer(this.base)
				.validate(this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
			return new Reply(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(method + " " + path + " interrupted", ex);
		}
	}

	/**
	 * A response.
	 *
	 * @param status the HTTP status
	 * @param body the body as text
	 * @param response the whole response, for headers
	 */
	public record Reply(int status, String body, HttpResponse<String> response) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

	}

}
