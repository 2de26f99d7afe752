package dev.flotilla.datapress.kpi;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "kpis", description = "Marketing KPIs: visits, orders and conversion rate per day and campaign")
class KpiApiController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final String ERROR_SCHEMA = "#/components/schemas/ApiError";

	private static final String FROM = "First day, YYYY-MM-DD (default: 29 days before the last)";

	private static final String TO = "Last day, YYYY-MM-DD (default: today)";

	private final KpiGenerator generator;

	private final Clock clock;

	KpiApiController(KpiGenerator generator, Clock clock) {
		this.generator = generator;
		this.clock = clock;
	}

	@GetMapping(path = "/api/kpis", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Daily KPIs of a date range (at most 366 days; default: the last 30 days)")
	@ApiResponse(responseCode = "200", description = "The KPIs of every day of the range")
	@ApiResponse(responseCode = "400", description = "Bad, reversed or too long range")
	KpiReport kpis(@Parameter(description = FROM, example = "2025-01-01",
			schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) @Nullable String from,
			@Parameter(description = TO, example = "2025-01-31",
					schema = @Schema(type = "string", format = "date")) @RequestParam(
							required = false) @Nullable String to) {
		DateRange range = DateRange.parse(from, to, LocalDate.now(this.clock));
		return this.generator.report(range.from(), range.to());
	}

	@GetMapping(path = "/api/kpis.csv", produces = "text/csv")
	@Operation(summary = "The same KPIs as CSV: one row per day and campaign")
	@ApiResponse(responseCode = "200", description = "A download: date,campaign,visits,orders,conversion_rate",
			headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment; filename=…",
					required = true, schema = @Schema(type = "string")),
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = "Bad, reversed or too long range")
	ResponseEntity<String> kpisCsv(@Parameter(description = FROM, example = "2025-01-01",
			schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) @Nullable String from,
			@Parameter(description = TO, example = "2025-01-31",
					schema = @Schema(type = "string", format = "date")) @RequestParam(
							required = false) @Nullable String to) {
		DateRange range = DateRange.parse(from, to, LocalDate.now(this.clock));
		String filename = "datapress-kpis_" + range.from() + "_" + range.to() + ".csv";
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(KpiCsv.write(this.generator.report(range.from(), range.to())));
	}

	@GetMapping(path = "/api/kpis.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The KPI report as a PDF: totals beside the previous period, a chart and the daily table",
			responses = { @ApiResponse(responseCode = "200", description = "The report, in French",
					headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "inline; filename=…",
							required = true, schema = @Schema(type = "string")),
					content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
							schema = @Schema(type = "string", format = "binary"))),
					@ApiResponse(responseCode = "400", description = "Bad, reversed or too long range",
							content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(ref = ERROR_SCHEMA))) })
	ResponseEntity<byte[]> kpisPdf(@Parameter(description = FROM, example = "2025-01-01",
			schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) @Nullable String from,
			@Parameter(description = TO, example = "2025-01-31",
					schema = @Schema(type = "string", format = "date")) @RequestParam(
							required = false) @Nullable String to) {
		DateRange range = DateRange.parse(from, to, LocalDate.now(this.clock));
		KpiReport current = this.generator.report(range.from(), range.to());
		// The period of the same length just before, which may start before 1970: the
		// generator has no such bound.
		KpiReport previous = this.generator.report(range.from().minusDays(range.days()), range.from().minusDays(1));
		String filename = "datapress-kpis_" + range.from() + "_" + range.to() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(KpiPdf.write(current, previous, this.clock.instant()));
	}

	@PostMapping(path = "/api/kpis/compare", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Compare the totals of two periods (e.g. this month and the previous one)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = KpiComparison.Request.class),
							examples = @ExampleObject(name = "février contre janvier",
									value = "{\"current\":{\"from\":\"2025-02-01\",\"to\":\"2025-02-28\"},"
											+ "\"previous\":{\"from\":\"2025-01-01\",\"to\":\"2025-01-31\"}}"))))
	@ApiResponse(responseCode = "200", description = "Both periods' totals and the change between them")
	@ApiResponse(responseCode = "400", description = "Malformed JSON, a missing period or a reversed range")
	KpiComparison.Response compare(@Valid @RequestBody KpiComparison.Request request) {
		return KpiComparison.compare(this.generator, request);
	}

}
