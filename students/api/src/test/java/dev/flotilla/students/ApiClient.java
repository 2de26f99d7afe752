package dev.flotilla.students;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import dev.flotilla.testsupport.OpenApiResponses;

/**
 * A small HTTP client for the API under test, over real HTTP.
 */
public final class ApiClient {

	public static final String ROOT = "/supmit/api/v1.0";

	public static final String VALID = basic("root:root");

	private static final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final String base;

	public ApiClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send("GET", path, VALID, null, null);
	}

	public HttpResponse<String> put(String name, String body) throws IOException, InterruptedException {
		return send("PUT", ROOT + "/students/" + name, VALID, "application/json", body);
	}

	public HttpResponse<String> delete(String name) throws IOException, InterruptedException {
		return send("DELETE", ROOT + "/students/" + name, VALID, null, null);
	}

	/**
	 * @param authorization the header value, or {@code null} for none
	 * @param contentType the header value, or {@code null} for none
	 * @param body the body, or {@code null} for none
	 */
	public HttpResponse<String> send(String method, String path, String authorization, String contentType, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		// Every response a test receives must fit the published document.
		return OpenApiResponses.forServer(this.base)
			.validate(client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8)));
	}

	/** Digits as letters, since names hold letters only: 305 → "dfa". */
	public static String letters(int number) {
		StringBuilder letters = new StringBuilder();
		for (char digit : Integer.toString(number).toCharArray()) {
			letters.append((char) ('a' + (digit - '0')));
		}
		return letters.toString();
	}

}
