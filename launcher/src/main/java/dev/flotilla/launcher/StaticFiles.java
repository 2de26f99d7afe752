package dev.flotilla.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Serves the files under one directory, {@code index.html} for a directory, and nothing
 * outside it. For a single-page app, a path with no file extension that names no file
 * gets the root's {@code index.html} (a client-side route); a missing asset stays a 404.
 */
final class StaticFiles implements HttpHandler {

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
			Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
			Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
			Map.entry("map", "application/json"), Map.entry("txt", "text/plain; charset=utf-8"),
			Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
			Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
			Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
			Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"));

	private final Path root;

	private final boolean singlePage;

	StaticFiles(Path root) throws IOException {
		this(root, false);
	}

	StaticFiles(Path root, boolean singlePage) throws IOException {
		this.root = root.toRealPath();
		this.singlePage = singlePage;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			String method = exchange.getRequestMethod();
			if (!"GET".equals(method) && !"HEAD".equals(method)) {
				exchange.getResponseHeaders().set("Allow", "GET, HEAD");
				sendText(exchange, 405, "Method not allowed\n");
				return;
			}
			String path = exchange.getRequestURI().getPath();
			Optional<Path> file = resolve(path);
			if (file.isEmpty() && this.singlePage && !path.substring(path.lastIndexOf('/') + 1).contains(".")) {
				file = resolve("/");
			}
			if (file.isEmpty()) {
				sendText(exchange, 404, "Not found\n");
				return;
			}
			sendFile(exchange, file.get(), "HEAD".equals(method));
		}
		finally {
			exchange.close();
		}
	}

	/**
	 * The file a decoded request path names, or empty when it is missing or outside the
	 * root.
	 */
	Optional<Path> resolve(String path) throws IOException {
		Path candidate;
		try {
			candidate = this.root.resolve(path.substring(1)).normalize();
		}
		catch (InvalidPathException ex) {
			return Optional.empty();
		}
		if (!candidate.startsWith(this.root)) {
			return Optional.empty();
		}
		if (Files.isDirectory(candidate)) {
			candidate = candidate.resolve("index.html");
		}
		// toRealPath follows links: a symlink must not lead out of the root either.
		if (!Files.isRegularFile(candidate) || !candidate.toRealPath().startsWith(this.root)) {
			return Optional.empty();
		}
		return Optional.of(candidate);
	}

	private static void sendFile(HttpExchange exchange, Path file, boolean head) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType(file));
		exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
		// Local development: an edited file must show on the next reload.
		exchange.getResponseHeaders().set("Cache-Control", "no-cache");
		long size = Files.size(file);
		exchange.sendResponseHeaders(200, (head || size == 0) ? -1 : size);
		if (!head) {
			try (OutputStream body = exchange.getResponseBody()) {
				Files.copy(file, body);
			}
		}
	}

	static String contentType(Path file) {
		String name = String.valueOf(file.getFileName());
		String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		return TYPES.getOrDefault(extension, "application/octet-stream");
	}

	private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
