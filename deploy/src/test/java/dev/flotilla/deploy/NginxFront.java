package dev.flotilla.deploy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A front's real {@code nginx.conf} template run in the machine's nginx, in front of a
 * stub API: only the {@code listen} and {@code root} lines change (to a free loopback
 * port and the given folder), and {@code API_UPSTREAM} is replaced as the official
 * image's envsubst would.
 */
final class NginxFront implements AutoCloseable {

	/**
	 * What the official image's envsubst replaces: {@code ${API_UPSTREAM}} or
	 * {@code $API_UPSTREAM}.
	 */
	private static final Pattern API_UPSTREAM = Pattern.compile("\\$\\{API_UPSTREAM}|\\$API_UPSTREAM(?![A-Za-z0-9_])");

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Path directory;

	private final HttpServer stub;

	private final int port;

	private Process nginx;

	private NginxFront(Path directory, HttpServer stub, int port) {
		this.directory = directory;
		this.stub = stub;
		this.port = port;
	}

	/**
	 * Start the stub API, then nginx, and wait for its {@code /healthz}.
	 * @param directory a temporary folder for nginx's files
	 * @param template the front's {@code nginx.conf}, relative to the repository
	 * @param root the folder nginx serves
	 * @param api the stub API's handler
	 * @return the running front
	 */
	static NginxFront start(Path directory, String template, Path root, HttpHandler api) throws Exception {
		ExternalTool tool = ExternalTool.require("nginx");
		HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		stub.createContext("/", api);
		stub.start();
		NginxFront front = new NginxFront(directory, stub, freeLoopbackPort());
		try {
			front.startNginx(tool, template, root);
		}
		catch (Exception | AssertionError ex) {
			front.close();
			throw ex;
		}
		return front;
	}

	/** Stop the stub API, as when the API is down. */
	void stopApi() {
		this.stub.stop(0);
	}

	HttpResponse<String> get(String target, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + target))
			.timeout(Duration.ofSeconds(10));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Override
	public void close() throws InterruptedException {
		if (this.nginx != null) {
			this.nginx.destroy();
			if (!this.nginx.waitFor(10, TimeUnit.SECONDS)) {
				this.nginx.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		this.stub.stop(0);
	}

	private void startNginx(ExternalTool tool, String template, Path root) throws Exception {
		Path conf = writeConfiguration(template, root);
		String[] options = { "-p", this.directory + "/", "-e", this.directory.resolve("error.log").toString(), "-c",
				conf.toString() };
		ExternalTool.Result check = tool.run(Duration.ofSeconds(30), concat("-t", options));
		assertThat(check.exitCode()).as("nginx -t: %s", check.stderr()).isZero();
		this.nginx = new ProcessBuilder(concat("nginx", options)).directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.directory.resolve("nginx.out").toFile())
			.start();
		try {
			await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(50))
				.failFast("nginx exited", () -> !this.nginx.isAlive())
				.ignoreExceptions()
				.until(() -> get("/healthz").statusCode() == 200);
		}
		catch (ConditionTimeoutException | TerminalFailureException ex) {
			throw new AssertionError("nginx did not start: " + Files.readString(this.directory.resolve("nginx.out"))
					+ Files.readString(this.directory.resolve("error.log")), ex);
		}
	}

	private Path writeConfiguration(String template, Path root) throws IOException {
		String server = Files.readString(Repository.resolve(template), StandardCharsets.UTF_8);
		server = API_UPSTREAM.matcher(server)
			.replaceAll(Matcher.quoteReplacement("http://127.0.0.1:" + this.stub.getAddress().getPort()));
		server = replaceOnce(server, "listen 80;", "listen 127.0.0.1:" + this.port + ";");
		server = replaceOnce(server, "root /usr/share/nginx/html;", "root \"" + root + "\";");
		Files.writeString(this.directory.resolve("default.conf"), server, StandardCharsets.UTF_8);
		// The image's mime.types where the machine has it, else the few types the tests
		// need.
		String types = Files.isRegularFile(Path.of("/etc/nginx/mime.types")) ? "include /etc/nginx/mime.types;"
				: "types { text/html html; application/javascript js; }";
		String main = """
				daemon off;
				master_process off;
				pid "%1$s/nginx.pid";
				error_log "%1$s/error.log" info;
				events {
				    worker_connections 64;
				}
				http {
				    %2$s
				    default_type application/octet-stream;
				    access_log "%1$s/access.log";
				    client_body_temp_path "%1$s/client_body";
				    proxy_temp_path "%1$s/proxy";
				    fastcgi_temp_path "%1$s/fastcgi";
				    uwsgi_temp_path "%1$s/uwsgi";
				    scgi_temp_path "%1$s/scgi";
				    include "%1$s/default.conf";
				}
				""".formatted(this.directory, types);
		return Files.writeString(this.directory.resolve("nginx.conf"), main, StandardCharsets.UTF_8);
	}

	private static String replaceOnce(String text, String line, String replacement) {
		assertThat(text.split(Pattern.quote(line), -1)).as("occurrences of '%s' in nginx.conf", line).hasSize(2);
		return text.replace(line, replacement);
	}

	private static int freeLoopbackPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String[] concat(String first, String... rest) {
		String[] all = new String[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

}
