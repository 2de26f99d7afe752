package dev.flotilla.clinic.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.flotilla.clinic.ClinicIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API document describes the QIDO-RS study search as the parser reads it: one query
 * parameter per matching key, the paging and return parameters, HTTP Basic.
 */
class QidoDocumentIT extends ClinicIntegrationTest {

	@Test
	void studySearchDocumentsEveryKeyTheParserAcceptsAndNothingElse() throws Exception {
		String body = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/v3/api-docs")).build(),
					BodyHandlers.ofString())
			.body();
		JsonNode studies = JsonMapper.builder()
			.build()
			.readTree(body)
			.path("paths")
			.path("/dicomweb/studies")
			.path("get");
		List<String> documented = new ArrayList<>();
		studies.path("parameters").forEach((parameter) -> documented.add(parameter.path("name").asString()));
		List<String> accepted = new ArrayList<>(Arrays.stream(QidoAttribute.values())
			.filter((attribute) -> attribute.matching() != QidoAttribute.Matching.NONE)
			.map(QidoAttribute::keyword)
			.toList());
		accepted.addAll(QidoQuery.PARAMETERS);
		assertThat(documented).doesNotContain("params").containsExactlyInAnyOrderElementsOf(accepted);
		assertThat(studies.path("security").toString()).contains("\"basic\"");
		assertThat(body).contains("\"basic\":{").contains("\"scheme\":\"basic\"");
	}

}
