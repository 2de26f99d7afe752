package dev.flotilla.clinic.search;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.openapi.ApiSecurity;

/**
 * {@code GET /dicomweb/studies}: the QIDO-RS study search (DICOM PS3.18 10.6) with the
 * matching of PS3.4 C.2.2.2, answered in the DICOM JSON model (tags as keys, {@code vr}
 * and {@code Value}). Keys and matching: {@link QidoAttribute}; parsing:
 * {@link QidoQuery}. The exact total is in {@code X-Total-Count}; a page that leaves
 * matches out says so in a {@code Warning} (PS3.18 10.6, paging). The statement for users
 * is {@code docs/clinic/dicomweb-conformance.md}.
 */
@RestController
@SecurityRequirement(name = ApiSecurity.BASIC)
class DicomWebController {

	static final MediaType DICOM_JSON = MediaType.parseMediaType("application/dicom+json");

	/** PS3.18 10.6: a truncated answer tells that more can be requested. */
	static final String MORE_RESULTS = "299 - \"There are additional results that can be requested\"";

	private final SearchRepository search;

	DicomWebController(SearchRepository search) {
		this.search = search;
	}

	@GetMapping(path = "/dicomweb/studies", produces = { "application/dicom+json", "application/json" })
	@Operation(summary = "QIDO-RS: search for studies (DICOM JSON)")
	ResponseEntity<List<Map<String, Object>>> studies(
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		QidoQuery query = QidoQuery.parse(params);
		SearchResult<Map<String, Object>> result = this.search.studyAttributes(query.patientConditions(),
				query.studyConditions(), query.limit(), query.offset(), attributes(query.returned()));
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(DICOM_JSON)
			.header("X-Total-Count", Long.toString(result.total()));
		if (query.offset() + result.items().size() < result.total()) {
			answer.header(HttpHeaders.WARNING, MORE_RESULTS);
		}
		return answer.body(result.items());
	}

	private static RowMapper<Map<String, Object>> attributes(Set<QidoAttribute> returned) {
		return (ResultSet rs, int row) -> {
			Map<String, Object> json = new LinkedHashMap<>();
			for (QidoAttribute attribute : returned) {
				json.put(attribute.tag(), attribute.json(rs));
			}
			return json;
		};
	}

}
