package dev.flotilla.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

/**
 * The response headers a front's {@code nginx.conf} adds at server level
 * ({@code add_header Name "value" always;} directly inside {@code server { }}), sent by
 * the launcher's in-process server too, so that a page behaves locally as in its
 * container (its Content-Security-Policy above all).
 */
final class NginxHeaders extends Filter {

	private static final Pattern ADD_HEADER = Pattern
		.compile("add_header\\s+([A-Za-z0-9-]+)\\s+\"([^\"]*)\"\\s+always;");

	private final Map<String, String> headers;

	private NginxHeaders(Map<String, String> headers) {
		this.headers = headers;
	}

	/** The server-level headers of {@code conf}; none when the file does not exist. */
	static NginxHeaders of(Path conf) throws IOException {
		Map<String, String> headers = new LinkedHashMap<>();
		if (conf == null || !Files.isRegularFile(conf)) {
			return new NginxHeaders(headers);
		}
		int depth = 0;
		boolean inServer = false;
		for (String raw : Files.readAllLines(conf, StandardCharsets.UTF_8)) {
			String line = raw.replaceFirst("#.*", "").trim();
			if (depth == 0 && line.startsWith("server") && line.endsWith("{")) {
				inServer = true;
			}
			else if (inServer && depth == 1) {
				Matcher header = ADD_HEADER.matcher(line);
				if (header.matches()) {
					headers.put(header.group(1), header.group(2));
				}
			}
			depth += count(line, '{') - count(line, '}');
			if (depth == 0) {
				inServer = false;
			}
		}
		return new NginxHeaders(headers);
	}

	Map<String, String> headers() {
		return this.headers;
	}

	@Override
	public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
		this.headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		chain.doFilter(exchange);
	}

	@Override
	public String description() {
		return "the headers of the front's nginx.conf";
	}

	private static int count(String line, char c) {
		return (int) line.chars().filter((ch) -> ch == c).count();
	}

}
