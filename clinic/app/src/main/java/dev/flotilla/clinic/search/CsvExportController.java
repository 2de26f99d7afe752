package dev.flotilla.clinic.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import dev.flotilla.clinic.audit.AuditAction;
import dev.flotilla.clinic.audit.AuditLog;
import dev.flotilla.platform.openapi.ApiSecurity;

/**
 * {@code GET /api/search/export}: every row of a search (same filters and sort as
 * {@code /api/search}, no paging) as CSV, streamed row by row so that a large result
 * never sits in memory.
 */
@RestController
@SecurityRequirement(name = ApiSecurity.SESSION)
class CsvExportController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final List<String> PATIENT_HEADER = List.of("id", "PatientID", "IssuerOfPatientID", "PatientName",
			"PatientBirthDate", "PatientSex");

	private static final List<String> STUDY_HEADER = List.of("PatientID", "PatientName", "StudyInstanceUID",
			"StudyDate", "StudyTime", "AccessionNumber", "StudyDescription", "ModalitiesInStudy",
			"NumberOfStudyRelatedSeries", "NumberOfStudyRelatedInstances");

	private final SearchRepository search;

	private final AuditLog audit;

	CsvExportController(SearchRepository search, AuditLog audit) {
		this.search = search;
		this.audit = audit;
	}

	@GetMapping("/api/search/export")
	@Operation(summary = "Export a search as CSV")
	@Parameters({
			@Parameter(name = "level", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "patient (default) or study", example = "study"),
			@Parameter(name = "name", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "PatientName, accents and case ignored; * and ? as wildcards", example = "DUPONT*"),
			@Parameter(name = "patientId", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "PatientID; * and ? as wildcards", example = "PAT-001"),
			@Parameter(name = "accessionNumber", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "AccessionNumber (study level); * and ? as wildcards", example = "ACC-2024-0001"),
			@Parameter(name = "studyDate", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "StudyDate: YYYYMMDD, D1-D2, -D2 or D1- (study level)",
					example = "20240101-20241231"),
			@Parameter(name = "birthDate", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "PatientBirthDate: YYYYMMDD, D1-D2, -D2 or D1-", example = "19500101-19591231"),
			@Parameter(name = "modality", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "One code of ModalitiesInStudy (study level)", example = "CT"),
			@Parameter(name = "limit", in = ParameterIn.QUERY, schema = @Schema(type = "integer"),
					description = "Page size, 1 to 500 (default 20)", example = "20"),
			@Parameter(name = "offset", in = ParameterIn.QUERY, schema = @Schema(type = "integer"),
					description = "Rows skipped (default 0)", example = "0"),
			@Parameter(name = "sort", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "A sort key (name, patientId, birthDate; studyDate, accessionNumber), - for descending",
					example = "-studyDate") })
	@ApiResponse(responseCode = "200", description = "The matches as CSV, streamed (same keys as /api/search)",
			headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, required = true,
					description = "attachment; filename=\"clinic-<level>s.csv\"", schema = @Schema(type = "string")),
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	ResponseEntity<StreamingResponseBody> export(
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		SearchQuery query = SearchQuery.parse(params, null);
		this.audit.record(AuditAction.SEARCH_EXPORT, null, null, query.level() + " " + params.toSingleValueMap());
		List<String> header = query.level().equals("patient") ? PATIENT_HEADER : STUDY_HEADER;
		StreamingResponseBody body = (out) -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
			Csv.line(writer, header);
			this.search.stream(query, (ResultSet rs) -> line(writer, rs, header.size()));
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"clinic-" + query.level() + "s.csv\"")
			.body(body);
	}

	/**
	 * Dates and times as {@code java.time} values, never through {@code java.sql.Date}:
	 * its hybrid Julian calendar shifts every date before 1582-10-15 by days.
	 */
	private static Object value(ResultSet rs, int column, int type) throws SQLException {
		return switch (type) {
			case Types.DATE -> rs.getObject(column, LocalDate.class);
			case Types.TIME -> rs.getObject(column, LocalTime.class);
			default -> rs.getObject(column);
		};
	}

	private static void line(Writer writer, ResultSet rs, int columns) throws SQLException {
		try {
			String[] values = new String[columns];
			ResultSetMetaData types = rs.getMetaData();
			for (int i = 0; i < columns; i++) {
				Object value = value(rs, i + 1, types.getColumnType(i + 1));
				values[i] = (value != null) ? value.toString() : "";
			}
			Csv.line(writer, List.of(values));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
