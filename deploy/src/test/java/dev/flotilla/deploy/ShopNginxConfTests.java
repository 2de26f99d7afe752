package dev.flotilla.deploy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real {@code shop/web/nginx.conf} template in nginx in front of a stub API,
 * over a stand-in for the built {@code dist/}: the single-page fallback, the
 * fingerprinted assets' caching, the unchanged {@code /api/} paths and the JSON 502.
 */
class ShopNginxConfTests {

	private static final String STUB_ANSWER = "[{\"id\":1}]";

	private static final String INDEX = "<!doctype html><title>Ma Boutique Répartie</title>";

	private final BlockingQueue<String> stubTargets = new LinkedBlockingQueue<>();

	@TempDir
	Path directory;

	private NginxFront front;

	@BeforeEach
	void startStubApiAndNginx() throws Exception {
		Path dist = Files.createDirectories(this.directory.resolve("dist/assets"));
		Files.writeString(dist.getParent().resolve("index.html"), INDEX, StandardCharsets.UTF_8);
		Files.writeString(dist.resolve("index-abc123.js"), "console.log(1);", StandardCharsets.UTF_8);
		this.front = NginxFront.start(Files.createDirectories(this.directory.resolve("nginx")), "shop/web/nginx.conf",
				dist.getParent(), this::answerJson);
	}

	@AfterEach
	void stopNginxAndStub() throws InterruptedException {
		if (this.front != null) {
			this.front.close();
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
		this.front.stopApi();
		HttpResponse<String> response = get("/api/produits");
		assertThat(response.statusCode()).isEqualTo(502);
		assertThat(response.body()).contains("\"error\":\"api_unavailable\"").doesNotContainIgnoringCase("<html");
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
		return this.front.get(target);
	}

}
