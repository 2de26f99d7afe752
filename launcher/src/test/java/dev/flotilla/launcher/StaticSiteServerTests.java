package dev.flotilla.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StaticSiteServerTests {

	private static final String SECRET = "<secret>outside the site</secret>";

	private final HttpClient client = HttpClient.newHttpClient();

	private final AtomicReference<String> upstreamSaw = new AtomicReference<>();

	private HttpServer upstream;

	private StaticSiteServer site;

	@TempDir
	Path temp;

	@BeforeEach
	void start() throws IOException {
		Path root = Files.createDirectories(this.temp.resolve("site"));
		Files.writeString(root.resolve("index.html"), "<title>Home</title>");
		Files.writeString(root.resolve("app.js"), "console.log('hi');");
		Files.writeString(root.resolve("style.css"), "body{}");
		Files.writeString(root.resolve("favicon.svg"), "<svg/>");
		Files.writeString(Files.createDirectories(root.resolve("sub")).resolve("index.html"), "sub home");
		Files.writeString(this.temp.resolve("pom.xml"), SECRET);
		this.upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.upstream.createContext("/", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			this.upstreamSaw.set(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
					+ exchange.getRequestHeaders().getFirst("X-Demo") + " " + new String(body, StandardCharsets.UTF_8));
			byte[] answer = "{\"service\": \"api\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.getResponseHeaders().set("X-Upstream", "yes");
			exchange.sendResponseHeaders("POST".equals(exchange.getRequestMethod()) ? 201 : 200, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		});
		this.upstream.start();
		this.site = startSite(root, this.upstream.getAddress().getPort());
	}

	@AfterEach
	void stop() {
		this.site.close();
		this.upstream.stop(0);
	}

	@ParameterizedTest
	@CsvSource({ "/index.html, text/html; charset=utf-8", "/app.js, text/javascript; charset=utf-8",
			"/style.css, text/css; charset=utf-8", "/favicon.svg, image/svg+xml" })
	void servesFilesWithTheirContentType(String path, String contentType) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
	}

	@Test
	void servesIndexHtmlForTheRootAndForDirectories() throws Exception {
		assertThat(get("/").body()).isEqualTo("<title>Home</title>");
		assertThat(get("/sub/").body()).isEqualTo("sub home");
	}

	@Test
	void answers404ForAMissingFile() throws Exception {
		assertThat(get("/missing.html").statusCode()).isEqualTo(404);
	}

	@Test
	void refusesOtherMethodsThanGetAndHead() throws Exception {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(uri("/index.html")).POST(BodyPublishers.ofString("x")).build(),
				BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/../pom.xml", "/%2e%2e/pom.xml", "/%2E%2E/pom.xml", "/..%2fpom.xml", "/%2e%2e%2fpom.xml",
			"/sub/../../pom.xml", "/sub/%2e%2e/%2e%2e/pom.xml", "//../pom.xml" })
	void refusesPathTraversal(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isIn(400, 404);
		assertThat(response.body()).doesNotContain(SECRET);
	}

	@Test
	void refusesASymlinkLeadingOutOfTheRoot() throws Exception {
		Files.createSymbolicLink(this.temp.resolve("site").resolve("escape.xml"), this.temp.resolve("pom.xml"));
		assertThat(get("/escape.xml").statusCode()).isEqualTo(404);
	}

	@Test
	void proxiesExactlyApiSlashToTheUpstreamRoot() throws Exception {
		HttpResponse<String> response = get("/api/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"service\": \"api\"}");
		assertThat(this.upstreamSaw.get()).startsWith("GET / ");
	}

	@Test
	void proxiesOtherApiPathsUnchangedWithTheirQuery() throws Exception {
		assertThat(get("/api/kpis?from=x").statusCode()).isEqualTo(200);
		assertThat(this.upstreamSaw.get()).startsWith("GET /api/kpis?from=x ");
	}

	@Test
	void proxiesMethodBodyAndHeadersBothWays() throws Exception {
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri("/api/items"))
			.header("X-Demo", "demo")
			.POST(BodyPublishers.ofString("{\"a\":1}"))
			.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("X-Upstream")).hasValue("yes");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(this.upstreamSaw.get()).isEqualTo("POST /api/items demo {\"a\":1}");
	}

	@Test
	void answers502JsonWhenTheApiIsDown() throws Exception {
		try (StaticSiteServer orphan = startSite(this.temp.resolve("site"), FreePorts.find())) {
			HttpResponse<String> response = this.client.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + orphan.port() + "/api/")).build(),
					BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(502);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
			assertThat(response.body()).startsWith("{\"error\":\"bad_gateway\",\"message\":\"");
		}
	}

	@Test
	void aSinglePageAppGetsItsIndexForClientRoutesButNotForMissingFiles() throws Exception {
		Path root = this.temp.resolve("site");
		SystemSpec spec = new SystemSpec("spa", 0, new Kind.StaticSite(root, "api", true), "/",
				SystemSpec.NO_CREDENTIALS);
		try (StaticSiteServer spa = StaticSiteServer.start(spec, root, this.upstream.getAddress().getPort(), true)) {
			HttpResponse<String> route = this.client.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + spa.port() + "/produits/12")).build(),
					BodyHandlers.ofString());
			assertThat(route.statusCode()).isEqualTo(200);
			assertThat(route.body()).isEqualTo("<title>Home</title>");
			HttpResponse<String> asset = this.client.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + spa.port() + "/assets/missing.js")).build(),
					BodyHandlers.ofString());
			assertThat(asset.statusCode()).isEqualTo(404);
		}
		assertThat(get("/produits/12").statusCode()).isEqualTo(404);
	}

	@Test
	void sendsTheServerLevelHeadersOfTheSitesNginxConfOnFilesAndApiAnswers() throws Exception {
		Path root = this.temp.resolve("site");
		Path conf = Files.writeString(this.temp.resolve("nginx.conf"), """
				server {
				    listen 80;
				    # a comment { with braces }
				    add_header Content-Security-Policy "default-src 'self'" always;
				    add_header X-Frame-Options "DENY" always;
				    location /assets/ {
				        add_header Cache-Control "public, immutable" always;
				    }
				}
				""");
		SystemSpec spec = new SystemSpec("web", 0, new Kind.StaticSite(root, "api"), "/", SystemSpec.NO_CREDENTIALS);
		try (StaticSiteServer web = StaticSiteServer.start(spec, root, this.upstream.getAddress().getPort(), false,
				NginxHeaders.of(conf))) {
			for (String path : new String[] { "/index.html", "/api/" }) {
				HttpResponse<String> response = this.client.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
						BodyHandlers.ofString());
				assertThat(response.statusCode()).as(path).isEqualTo(200);
				assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
					.hasValue("default-src 'self'");
				assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
				assertThat(response.headers().firstValue("Cache-Control")).as(path)
					.isNotEqualTo(java.util.Optional.of("public, immutable"));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "datapress-web", "shop-web" })
	void eachFrontOfTheFleetSendsTheHeadersOfItsContainer(String name) throws IOException {
		Kind.StaticSite site = (Kind.StaticSite) Fleet.systems(java.util.Map.of())
			.stream()
			.filter((spec) -> spec.name().equals(name))
			.findFirst()
			.orElseThrow()
			.kind();
		assertThat(NginxHeaders.of(Path.of("..").resolve(site.nginxConf())).headers())
			.containsKeys("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options")
			.doesNotContainKey("Cache-Control");
	}

	private static StaticSiteServer startSite(Path root, int upstreamPort) throws IOException {
		SystemSpec spec = new SystemSpec("web", 0, new Kind.StaticSite(root, "api"), "/", SystemSpec.NO_CREDENTIALS);
		return StaticSiteServer.start(spec, root, upstreamPort);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri(path)).build(), BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.site.port() + path);
	}

}
