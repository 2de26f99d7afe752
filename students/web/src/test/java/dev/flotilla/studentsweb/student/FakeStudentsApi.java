package dev.flotilla.studentsweb.student;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An in-memory fake of the students API contract (students/README.md): the three routes
 * the page calls, HTTP Basic (root/root, plus any user {@link #allow allowed}), the
 * contract's error bodies. It records who asked what, so that a test can tell which
 * credentials the page sent.
 */
final class FakeStudentsApi implements AutoCloseable {

	static final String USERNAME = "root";

	static final String PASSWORD = "root";

	private static final String STUDENT_PREFIX = "/supmit/api/v1.0/students/";

	private static final Pattern AGE = Pattern.compile("\"age\"\\s*:\\s*\"?(\\d+)\"?");

	private final Map<String, String> ages = new LinkedHashMap<>();

	private final List<String> rawPaths = new ArrayList<>();

	private final Map<String, String> users = new LinkedHashMap<>(Map.of(USERNAME, PASSWORD));

	private final List<String> writes = new ArrayList<>();

	private final java.util.Set<String> failingDeletes = new java.util.HashSet<>();

	private Runnable afterNextList = () -> {
	};

	private final HttpServer server;

	private FakeStudentsApi(HttpServer server) {
		this.server = server;
	}

	/** Starts the fake with the seed's data, bob then alice, on a free local port. */
	static FakeStudentsApi start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		FakeStudentsApi api = new FakeStudentsApi(server);
		api.ages.put("bob", "13");
		api.ages.put("alice", "12");
		server.createContext("/", api::handle);
		server.start();
		return api;
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	synchronized void put(String name, String age) {
		this.ages.put(name, age);
	}

	/** Lets one more HTTP Basic user in. */
	synchronized void allow(String username, String password) {
		this.users.put(username, password);
	}

	/** Runs once, right after the next list is answered: another client's write. */
	synchronized void afterNextList(Runnable action) {
		this.afterNextList = action;
	}

	/**
	 * From now on, deleting this student answers 503 (a disk error on the API's side).
	 */
	synchronized void failDeletesOf(String name) {
		this.failingDeletes.add(name);
	}

	/** The writes received, in order, as {@code "PUT <name> by <user>"}. */
	synchronized List<String> writes() {
		return List.copyOf(this.writes);
	}

	synchronized Map<String, String> ages() {
		return new LinkedHashMap<>(this.ages);
	}

	/** The raw (still encoded) request paths, in order. */
	synchronized List<String> rawPaths() {
		return List.copyOf(this.rawPaths);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String rawPath = exchange.getRequestURI().getRawPath();
			synchronized (this) {
				this.rawPaths.add(rawPath);
			}
			String user = user(exchange);
			if (user == null) {
				exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Authentication Required\"");
				send(exchange, 401, "{\"error\": \"Unauthorized access\"}");
				return;
			}
			String method = exchange.getRequestMethod();
			if (method.equals("GET") && rawPath.equals("/supmit/api/v1.0/get_student_ages")) {
				send(exchange, 200, "{\"student_ages\": " + json(ages()) + "}");
				Runnable after;
				synchronized (this) {
					after = this.afterNextList;
					this.afterNextList = () -> {
					};
				}
				after.run();
			}
			else if (rawPath.startsWith(STUDENT_PREFIX) && rawPath.length() > STUDENT_PREFIX.length()) {
				String name = URLDecoder.decode(rawPath.substring(STUDENT_PREFIX.length()).replace("+", "%2B"),
						StandardCharsets.UTF_8);
				synchronized (this) {
					this.writes.add(method + " " + name + " by " + user);
				}
				student(exchange, method, name);
			}
			else {
				send(exchange, 404, "{\"error\": \"Not found\"}");
			}
		}
	}

	private void student(HttpExchange exchange, String method, String name) throws IOException {
		if (method.equals("PUT")) {
			Matcher age = AGE.matcher(body(exchange.getRequestBody()));
			int value = age.find() ? Integer.parseInt(age.group(1)) : -1;
			if (value < 1 || value > 150) {
				send(exchange, 400, "{\"error\": \"validation_failed\", \"message\": \"Validation failed\", "
						+ "\"fields\": [{\"field\": \"age\", \"message\": \"must be between 1 and 150\"}]}");
				return;
			}
			boolean created;
			synchronized (this) {
				created = this.ages.put(name, Integer.toString(value)) == null;
			}
			send(exchange, created ? 201 : 200, "{\"name\": " + quote(name) + ", \"age\": \"" + value + "\"}");
		}
		else if (method.equals("DELETE")) {
			boolean removed;
			synchronized (this) {
				if (this.failingDeletes.contains(name)) {
					send(exchange, 503, "{\"error\": \"storage_unavailable\", \"message\": \"disk error\"}");
					return;
				}
				removed = this.ages.remove(name) != null;
			}
			if (removed) {
				exchange.sendResponseHeaders(204, -1);
			}
			else {
				send(exchange, 404, "{\"error\": \"Not found\"}");
			}
		}
		else {
			send(exchange, 405, "{\"error\": \"method_not_allowed\", \"message\": \"Method not allowed\"}");
		}
	}

	/** The Basic user, if the credentials are right. */
	private synchronized String user(HttpExchange exchange) {
		String header = exchange.getRequestHeaders().getFirst("Authorization");
		if (header == null || !header.startsWith("Basic ")) {
			return null;
		}
		String pair = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
		int colon = pair.indexOf(':');
		if (colon < 0) {
			return null;
		}
		String username = pair.substring(0, colon);
		return pair.substring(colon + 1).equals(this.users.get(username)) ? username : null;
	}

	private static String body(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

	private static void send(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static String json(Map<String, String> ages) {
		StringBuilder json = new StringBuilder("{");
		ages.forEach((name,
				age) -> json.append(json.length() > 1 ? ", " : "").append(quote(name)).append(": ").append(quote(age)));
		return json.append('}').toString();
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
