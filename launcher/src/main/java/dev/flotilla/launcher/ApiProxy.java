package dev.flotilla.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Forwards {@code /api/…} to the API as the front's nginx does: exactly {@code /api/}
 * becomes the API's {@code /}, every other path goes unchanged with its query string.
 */
final class ApiProxy implements HttpHandler {

	// Hop-by-hop headers, and those the JDK client or server set themselves.
	private static final Set<String> SKIPPED = Set.of("connection", "keep-alive", "proxy-authenticate",
			"proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length", "expect",
			"date");

	private final URI upstream;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	ApiProxy(URI upstream) {
		this.upstream = upstream;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			HttpResponse<InputStream> response;
			try {
				response = this.client.send(request(exchange), BodyHandlers.ofInputStream());
			}
			catch (IOException ex) {
				badGateway(exchange);
				return;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				badGateway(exchange);
				return;
			}
			relay(exchange, response);
		}
		finally {
			exchange.close();
		}
	}

	static String target(URI requestUri) {
		String path = "/api/".equals(requestUri.getRawPath()) ? "/" : requestUri.getRawPath();
		String query = requestUri.getRawQuery();
		return (query != null) ? path + "?" + query : path;
	}

	private HttpRequest request(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.upstream.resolve(target(exchange.getRequestURI())))
			.timeout(Duration.ofSeconds(60))
			.method(exchange.getRequestMethod(),
					(body.length > 0) ? BodyPublishers.ofByteArray(body) : BodyPublishers.noBody());
		exchange.getRequestHeaders().forEach((name, values) -> {
			if (!SKIPPED.contains(name.toLowerCase(Locale.ROOT))) {
				values.forEach((value) -> builder.header(name, value));
			}
		});
		builder.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
		builder.header("X-Forwarded-Proto", "http");
		return builder.build();
	}

	private static void relay(HttpExchange exchange, HttpResponse<InputStream> response) throws IOException {
		for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
			if (!SKIPPED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
				exchange.getResponseHeaders().put(header.getKey(), header.getValue());
			}
		}
		OptionalLong declared = response.headers().firstValueAsLong("content-length");
		int status = response.statusCode();
		boolean noBody = "HEAD".equals(exchange.getRequestMethod()) || status == 204 || status == 304
				|| (declared.isPresent() && declared.getAsLong() == 0);
		// For the JDK server a length of 0 means "chunked" and -1 means "no body".
		exchange.sendResponseHeaders(status, noBody ? -1 : declared.orElse(0));
		try (InputStream in = response.body(); OutputStream out = exchange.getResponseBody()) {
			in.transferTo(out);
		}
	}

	private void badGateway(HttpExchange exchange) throws IOException {
		byte[] body = ("{\"error\":\"bad_gateway\",\"message\":\"API unreachable at " + this.upstream.getAuthority()
				+ "\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(502, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
