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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the real {@code shop/web/nginx.conf} template in nginx in front of a stub API,
 * over a stand-in for the built {@code dist/}: the single-page fallback, the
 * fingerprinted assets' caching, the unchanged {@code /api/} paths and the JSON 502.
 */
class ShopNginxConfTests {

	private static final String STUB_ANSWER = "[{\"id\":1}]";

	private static final Pattern API_UPSTREAM = Pattern.compile("\\$\\{API_UPSTREAM}|\\$API_UPSTREAM(?![A-Za-z0-9_])");

	private static final String INDEX = "<!doctype html><title>Ma Boutique Répartie</title>";

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final BlockingQueue<String> stubTargets = new LinkedBlockingQueue<>();

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
		Path dist = Files.createDirectories(this.directory.resolve("dist/assets"));
		Files.writeString(dist.getParent().resolve("index.html"), INDEX, StandardCharsets.UTF_8);
		Files.writeString(dist.resolve("index-abc123.js"), "console.log(1);", StandardCharsets.UTF_8);
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			this.port = socket.getLocalPort();
		}
		Path conf = writeConfiguration("http://127.0.0.1:" + this.stub.getAddress().getPort(), dist.getParent());
		String[] options = { "-p", this.directory + "/", "-e", this.directory.resolve("error.log").toString(), "-c",
				conf.toString() };
		ExternalTool.Result check = tool.run(Duration.ofSeconds(30), concat("-t", options));
		assertThat(check.exitCode()).as("nginx -t: %s", check.stderr()).isZero();
		this.nginx = new ProcessBuilder(concat("nginx", options)).directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.directory.resolve("nginx.out").toFile())
			.start();
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.failFast("nginx exited", () -> !this.nginx.isAlive())
			.ignoreExceptions()
			.until(() -> get("/healthz").statusCode() == 200);
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

	@ParameterizedTest
	@ValueSource(strings = { "/", "/panier", "/produits/12", "/admin/produits" })
	void clientSideRoutesGetTheAppWithItsSecurityHeaders(String route) throws Exception {
		HttpResponse<String> response = get(route);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(INDEX);
		assertThat(response.headers().allValues("Content-Security-Policy")).singleElement()
			.asString()
			.startsWith("default-src 'self';");
		assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
	}

	@Test
	void fingerprintedAssetsAreCachedForGoodAndAMissingOneIs404() throws Exception {
		HttpResponse<String> asset = get("/assets/index-abc123.js");
		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().allValues("Cache-Control"))
			.anySatisfy((value) -> assertThat(value).contains("immutable"));
		assertThat(asset.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(asset.headers().allValues("X-Frame-Options")).containsExactly("DENY");
		assertThat(get("/assets/missing.js").statusCode()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/produits", "/api/produits?q=%C3%A9cran&page=2", "/api/auth/login" })
	void apiPathsGoUpstreamUnchanged(String target) throws Exception {
		HttpResponse<String> response = get(target);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(STUB_ANSWER);
		assertThat(this.stubTargets.poll(5, TimeUnit.SECONDS)).isEqualTo(target);
	}

	@Test
	void answersJsonBadGatewayWhenTheApiIsDown() throws Exception {
		this.stub.stop(0);
		HttpResponse<String> response = get("/api/produits");
		assertThat(response.statusCode()).isEqualTo(502);
		assertThat(response.body()).contains("\"error\":\"api_unavailable\"").doesNotContainIgnoringCase("<html");
	}

	private Path writeConfiguration(String apiUpstream, Path root) throws IOException {
		String template = Files.readString(Repository.resolve("shop/web/nginx.conf"), StandardCharsets.UTF_8);
		String server = API_UPSTREAM.matcher(template).replaceAll(Matcher.quoteReplacement(apiUpstream));
		assertThat(server.split(Pattern.quote("listen 80;"), -1)).hasSize(2);
		server = server.replace("listen 80;", "listen 127.0.0.1:" + this.port + ";")
			.replace("root /usr/share/nginx/html;", "root \"" + root + "\";");
		Files.writeString(this.directory.resolve("default.conf"), server, StandardCharsets.UTF_8);
		// The image's mime.types where the machine has it, else the few types this test
		// needs.
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

	private void answerJson(HttpExchange exchange) throws IOException {
		this.stubTargets.add(exchange.getRequestURI().toString());
		byte[] body = STUB_ANSWER.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		try (var out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private HttpResponse<String> get(String target) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + target))
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String[] concat(String first, String... rest) {
		String[] all = new String[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

}
