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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the real {@code datapress/web/nginx.conf} template in Debian's nginx, in front of
 * a stub API, and checks the front's side of the DataPress contract. Only the
 * {@code listen} and {@code root} lines are changed, to a free loopback port and the real
 * {@code datapress/web} folder.
 */
class FrontNginxConfTests {

	private static final String STUB_ANSWER = "{\"service\":\"stub\"}";

	/**
	 * What the official image's envsubst replaces: {@code ${API_UPSTREAM}} or
	 * {@code $API_UPSTREAM}.
	 */
	private static final Pattern API_UPSTREAM = Pattern.compile("\\$\\{API_UPSTREAM}|\\$API_UPSTREAM(?![A-Za-z0-9_])");

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final BlockingQueue<StubRequest> stubRequests = new LinkedBlockingQueue<>();

	@TempDir
	Path directory;

	private HttpServer stub;

	private Process nginx;

	private int port;

	@BeforeEach
	void startStubApiAndNginx() throws Exception {
		ExternalTool tool = ExternalTool.require("nginx");
		this.stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.stub.createContext("/", this::answerJson);
		this.stub.start();
		this.port = freeLoopbackPort();
		Path conf = writeConfiguration("http://127.0.0.1:" + this.stub.getAddress().getPort());
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

	@AfterEach
	void stopNginxAndStub() throws InterruptedException {
		if (this.nginx != null) {
			this.nginx.destroy();
			if (!this.nginx.waitFor(10, TimeUnit.SECONDS)) {
				this.nginx.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		if (this.stub != null) {
			this.stub.stop(0);
		}
	}

	@Test
	void servesIndexHtmlWithTheSecurityHeaders() throws Exception {
		HttpResponse<String> response = get("/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<title>DataPress – POC</title>");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
		assertThat(response.headers().allValues("Content-Security-Policy")).singleElement()
			.asString()
			.startsWith("default-src 'self';")
			.contains("frame-ancestors 'none'");
		assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
	}

	@Test
	void answersHealthzWithOk() throws Exception {
		HttpResponse<String> response = get("/healthz");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("ok");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(this.stubRequests).isEmpty();
	}

	@Test
	void mapsExactlyApiSlashToTheApiRoot() throws Exception {
		HttpResponse<String> response = get("/api/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(STUB_ANSWER);
		assertThat(nextStubRequest().target()).isEqualTo("/");
	}

	@Test
	void keepsTheQueryStringWhenMappingApiSlashToTheApiRoot() throws Exception {
		assertThat(get("/api/?x=1").statusCode()).isEqualTo(200);
		assertThat(nextStubRequest().target()).isEqualTo("/?x=1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/info", "/api/kpis?from=2025-01-01&to=2025-01-02",
			"/api/kpis.csv?from=2025-01-01&to=2025-01-02" })
	void forwardsEveryOtherApiPathWithItsQueryUnchanged(String target) throws Exception {
		HttpResponse<String> response = get(target);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(STUB_ANSWER);
		assertThat(nextStubRequest().target()).isEqualTo(target);
		// The stub's own X-Frame-Options is hidden: the browser sees the front's only.
		assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
	}

	@Test
	void passesTheCallersRequestIdUnchanged() throws Exception {
		get("/api/info", "X-Request-Id", "abc-123");
		assertThat(nextStubRequest().headers().get("X-Request-Id")).containsExactly("abc-123");
	}

	@Test
	void generatesARequestIdWhenTheCallerSendsNone() throws Exception {
		get("/api/info");
		assertThat(nextStubRequest().headers().get("X-Request-Id")).singleElement().asString().matches("[0-9a-f]{32}");
	}

	@Test
	void answersJsonBadGatewayWhenTheApiIsDown() throws Exception {
		this.stub.stop(0);
		HttpResponse<String> response = get("/api/info");
		assertThat(response.statusCode()).isEqualTo(502);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"error\":\"api_unavailable\"").doesNotContainIgnoringCase("<html");
		assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
	}

	private Path writeConfiguration(String apiUpstream) throws IOException {
		String template = Files.readString(Repository.resolve("datapress/web/nginx.conf"), StandardCharsets.UTF_8);
		String server = API_UPSTREAM.matcher(template).replaceAll(Matcher.quoteReplacement(apiUpstream));
		server = replaceOnce(server, "listen 80;", "listen 127.0.0.1:" + this.port + ";");
		server = replaceOnce(server, "root /usr/share/nginx/html;",
				"root \"" + Repository.resolve("datapress/web") + "\";");
		Files.writeString(this.directory.resolve("default.conf"), server, StandardCharsets.UTF_8);
		String main = """
				daemon off;
				master_process off;
				pid "%1$s/nginx.pid";
				error_log "%1$s/error.log" info;
				events {
				    worker_connections 64;
				}
				http {
				    include /etc/nginx/mime.types;
				    default_type application/octet-stream;
				    access_log "%1$s/access.log";
				    client_body_temp_path "%1$s/client_body";
				    proxy_temp_path "%1$s/proxy";
				    fastcgi_temp_path "%1$s/fastcgi";
				    uwsgi_temp_path "%1$s/uwsgi";
				    scgi_temp_path "%1$s/scgi";
				    include "%1$s/default.conf";
				}
				""".formatted(this.directory);
		return Files.writeString(this.directory.resolve("nginx.conf"), main, StandardCharsets.UTF_8);
	}

	private static String replaceOnce(String text, String line, String replacement) {
		assertThat(text.split(Pattern.quote(line), -1)).as("occurrences of '%s' in nginx.conf", line).hasSize(2);
		return text.replace(line, replacement);
	}

	private void answerJson(HttpExchange exchange) throws IOException {
		this.stubRequests.add(new StubRequest(exchange.getRequestURI().toString(), exchange.getRequestHeaders()));
		byte[] body = STUB_ANSWER.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.getResponseHeaders().add("X-Frame-Options", "SAMEORIGIN");
		exchange.sendResponseHeaders(200, body.length);
		try (var out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private StubRequest nextStubRequest() throws InterruptedException {
		StubRequest request = this.stubRequests.poll(5, TimeUnit.SECONDS);
		assertThat(request).as("a request reached the stub API").isNotNull();
		return request;
	}

	private HttpResponse<String> get(String target, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + target))
			.timeout(Duration.ofSeconds(10));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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

	private record StubRequest(String target, Headers headers) {

	}

}
