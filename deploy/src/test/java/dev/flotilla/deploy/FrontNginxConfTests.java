package dev.flotilla.deploy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real {@code datapress/web/nginx.conf} template in Debian's nginx, in front of
 * a stub API, and checks the front's side of the DataPress contract. Only the
 * {@code listen} and {@code root} lines are changed, to a free loopback port and the real
 * {@code datapress/web} folder.
 */
class FrontNginxConfTests {

	private static final String STUB_ANSWER = "{\"service\":\"stub\"}";

	private final BlockingQueue<StubRequest> stubRequests = new LinkedBlockingQueue<>();

	@TempDir
	Path directory;

	private NginxFront front;

	@BeforeEach
	void startStubApiAndNginx() throws Exception {
		this.front = NginxFront.start(this.directory, "datapress/web/nginx.conf", Repository.resolve("datapress/web"),
				this::answerJson);
	}

	@AfterEach
	void stopNginxAndStub() throws InterruptedException {
		if (this.front != null) {
			this.front.close();
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
		this.front.stopApi();
		HttpResponse<String> response = get("/api/info");
		assertThat(response.statusCode()).isEqualTo(502);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"error\":\"api_unavailable\"").doesNotContainIgnoringCase("<html");
		assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
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
		return this.front.get(target, headers);
	}

	private record StubRequest(String target, Headers headers) {

	}

}
