package dev.flotilla.datapress;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.flotilla.testsupport.OpenApiResponses;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's contract and everything beyond it, over real HTTP on the full application.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "APP_ENV=recette", "BANNER=Bienvenue en recette", "DB_PASSWORD=s3cret-dummy" })
class DatapressApiIT {

	private static final HttpClient client = HttpClient.newHttpClient();

	private static final Pattern STAMP = Pattern
		.compile("\\{\"service\":\"api\",\"ts\":\"(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6})Z\"}");

	@LocalServerPort
	int port;

	@Test
	void rootAnswersTheServiceAndTheCurrentUtcTimeWithMicroseconds() throws Exception {
		HttpResponse<String> response = send("GET", "/", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		Matcher matcher = STAMP.matcher(response.body());
		assertThat(matcher.matches()).as(response.body()).isTrue();
		Instant ts = Instant.parse(matcher.group(1) + "Z");
		assertThat(Duration.between(ts, Instant.now()).abs()).isLessThan(Duration.ofSeconds(30));
	}

	@Test
	void healthAnswersOkForTheProbes() throws Exception {
		HttpResponse<String> response = send("GET", "/health", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
	}

	@Test
	void infoShowsEnvironmentAndBannerButOnlyWhetherThePasswordIsSet() throws Exception {
		HttpResponse<String> response = send("GET", "/api/info", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"environment\":\"recette\"")
			.contains("\"banner\":\"Bienvenue en recette\"")
			.contains("\"db_password_set\":true")
			.doesNotContain("s3cret");
	}

	@Test
	void kpisCoverTheRangeAskedFor() throws Exception {
		HttpResponse<String> response = send("GET", "/api/kpis?from=2025-01-01&to=2025-01-07", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("{\"from\":\"2025-01-01\",\"to\":\"2025-01-07\",\"campaigns\":[")
			.contains("\"date\":\"2025-01-07\"")
			.contains("\"conversion_rate\":")
			.contains("\"totals\":{");
		assertThat(send("GET", "/api/kpis?from=2025-01-01&to=2025-01-07", null).body()).isEqualTo(response.body());
	}

	@Test
	void csvExportIsADownloadOfTheSameData() throws Exception {
		HttpResponse<String> response = send("GET", "/api/kpis.csv?from=2025-01-01&to=2025-01-02", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"datapress-kpis_2025-01-01_2025-01-02.csv\"");
		assertThat(response.body()).startsWith("date,campaign,visits,orders,conversion_rate\r\n2025-01-01,");
		assertThat(response.body().split("\r\n")).hasSize(1 + 2 * 4);
	}

	@Test
	void pdfReportIsAFrenchDocumentOfTheRangeWithThePreviousPeriod() throws Exception {
		HttpResponse<byte[]> response = documented().validate(client.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/kpis.pdf?from=2025-02-01&to=2025-02-28"))
			.build(), BodyHandlers.ofByteArray()));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("inline; filename=\"datapress-kpis_2025-02-01_2025-02-28.pdf\"");
		try (PDDocument document = Loader.loadPDF(response.body())) {
			assertThat(new PDFTextStripper().getText(document))
				.contains("DataPress – Rapport des indicateurs marketing")
				.contains("du 01/02/2025 au 28/02/2025")
				.contains("du 04/01/2025 au 31/01/2025")
				.contains("Totaux de la période");
		}
	}

	@Test
	void rangeErrorsAreInFrenchWithTheSameCodeForJsonCsvAndPdf() throws Exception {
		for (String path : new String[] { "/api/kpis", "/api/kpis.csv", "/api/kpis.pdf" }) {
			assertThat(send("GET", path + "?from=2025-03-02&to=2025-03-01", null).body()).isEqualTo(
					"{\"error\":\"invalid_request\",\"message\":\"La date de début ('from') doit précéder la date de fin ('to') ou lui être égale\"}");
			assertThat(send("GET", path + "?from=2024-01-01&to=2025-01-01", null).body())
				.isEqualTo("{\"error\":\"invalid_request\",\"message\":\"La période peut couvrir au plus 366 jours\"}");
		}
	}

	@Test
	void pdfErrorsAreJsonEvenWhenOnlyAPdfIsAccepted() throws Exception {
		HttpResponse<String> response = documented().validate(client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/kpis.pdf?from=2025-02-30"))
				.header("Accept", "application/pdf")
				.build(), BodyHandlers.ofString()));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body()).startsWith("{\"error\":\"invalid_request\",\"message\":\"La date de début");
	}

	@Test
	void comparesTwoPeriods() throws Exception {
		HttpResponse<String> response = send("POST", "/api/kpis/compare",
				"{\"current\":{\"from\":\"2025-02-01\",\"to\":\"2025-02-28\"},"
						+ "\"previous\":{\"from\":\"2025-01-01\",\"to\":\"2025-01-31\"}}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"current\":{\"from\":\"2025-02-01\"")
			.contains("\"visits_pct\":")
			.contains("\"conversion_rate_pts\":");
	}

	@ParameterizedTest(name = "{0} {1} -> {3} {4}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					DELETE | /                                  | -                                  | 405 | method_not_allowed
					POST   | /                                  | {}                                 | 405 | method_not_allowed
					GET    | /nope                              | -                                  | 404 | not_found
					GET    | /api/kpis/unknown                  | -                                  | 404 | not_found
					GET    | /api/kpis?from=2025-13-01          | -                                  | 400 | invalid_request
					GET    | /api/kpis?from=yesterday           | -                                  | 400 | invalid_request
					GET    | /api/kpis?from=2025-03-02&to=2025-03-01 | -                             | 400 | invalid_request
					GET    | /api/kpis?from=2024-01-01&to=2025-06-30 | -                             | 400 | invalid_request
					GET    | /api/kpis.csv?to=2025-02-30        | -                                  | 400 | invalid_request
					GET    | /api/kpis.pdf?to=2025-02-30        | -                                  | 400 | invalid_request
					GET    | /api/kpis.pdf?from=2025-03-02&to=2025-03-01 | -                         | 400 | invalid_request
					GET    | /api/kpis.pdf?from=2024-01-01&to=2025-06-30 | -                         | 400 | invalid_request
					POST   | /api/kpis.pdf                      | {}                                 | 405 | method_not_allowed
					POST   | /api/kpis/compare                  | {"current":                        | 400 | malformed_json
					POST   | /api/kpis/compare                  | [1, 2]                             | 400 | malformed_json
					POST   | /api/kpis/compare                  | {"current":{"from":"2025-02-31","to":"2025-03-01"},"previous":{"from":"2025-01-01","to":"2025-01-31"}} | 400 | malformed_json
					POST   | /api/kpis/compare                  | {}                                 | 400 | validation_failed
					POST   | /api/kpis/compare                  | {"current":{"from":"2025-02-01"},"previous":{"from":"2025-01-01","to":"2025-01-31"}} | 400 | validation_failed
					POST   | /api/kpis/compare                  | {"current":{"from":"2025-03-01","to":"2025-02-01"},"previous":{"from":"2025-01-01","to":"2025-01-31"}} | 400 | invalid_request
					PUT    | /api/kpis                          | {}                                 | 405 | method_not_allowed
					""")
	void badRequestsGetAJsonErrorNeverHtml(String method, String path, String body, int status, String code)
			throws Exception {
		HttpResponse<String> response = send(method, path, body);
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body()).startsWith("{\"error\":\"" + code + "\",\"message\":\"")
			.doesNotContainIgnoringCase("<html")
			.doesNotContain("Exception");
	}

	@Test
	void exposesProbesMetricsAndApiDocs() throws Exception {
		assertThat(send("GET", "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
		assertThat(send("GET", "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
		assertThat(send("GET", "/actuator/prometheus", null).body()).contains("http_server_requests_seconds");
		assertThat(send("GET", "/apidocs", null).statusCode()).isEqualTo(302);
		assertThat(send("GET", "/v3/api-docs", null).body()).contains("\"/api/kpis\"")
			.contains("\"/api/kpis.csv\"")
			.contains("\"/api/kpis.pdf\"")
			.contains("\"/health\"");
	}

	@Test
	void apiDocsDescribeThePdfAndItsJsonErrors() throws Exception {
		JsonNode pdf = JsonMapper.shared()
			.readTree(send("GET", "/v3/api-docs", null).body())
			.at("/paths/~1api~1kpis.pdf/get/responses");
		assertThat(pdf.at("/200/content/application~1pdf/schema/format").asString()).isEqualTo("binary");
		assertThat(pdf.at("/400/content/application~1json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/ApiError");
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return documented().validate(client.send(request.build(), BodyHandlers.ofString()));
	}

	/** Every response these tests receive must fit the published document. */
	private OpenApiResponses documented() {
		return OpenApiResponses.forServer("http://127.0.0.1:" + this.port);
	}

}
