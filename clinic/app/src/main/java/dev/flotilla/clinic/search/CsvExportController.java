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

/**
 * {@code GET /api/search/export}: every row of a search (same filters and sort as
 * {@code /api/search}, no paging) as CSV, streamed row by row so that a large result
 * never sits in memory.
 */
@RestController
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
	ResponseEntity<StreamingResponseBody> export(@RequestParam MultiValueMap<String, String> params) {
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
