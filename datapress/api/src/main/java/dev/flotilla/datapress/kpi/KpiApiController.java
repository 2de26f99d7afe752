package dev.flotilla.datapress.kpi;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
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

	private final KpiGenerator generator;

	private final Clock clock;

	KpiApiController(KpiGenerator generator, Clock clock) {
		this.generator = generator;
		this.clock = clock;
	}

	@GetMapping(path = "/api/kpis", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Daily KPIs of a date range (at most 366 days; default: the last 30 days)")
	KpiReport kpis(
			@Parameter(description = "First day, YYYY-MM-DD") @RequestParam(required = false) @Nullable String from,
			@Parameter(description = "Last day, YYYY-MM-DD") @RequestParam(required = false) @Nullable String to) {
		DateRange range = DateRange.parse(from, to, LocalDate.now(this.clock));
		return this.generator.report(range.from(), range.to());
	}

	@GetMapping(path = "/api/kpis.csv", produces = "text/csv")
	@Operation(summary = "The same KPIs as CSV: one row per day and campaign")
	ResponseEntity<String> kpisCsv(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
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
			responses = {
					@ApiResponse(responseCode = "200", description = "The report, in French",
							content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
									schema = @Schema(type = "string", format = "binary"))),
					@ApiResponse(responseCode = "400", description = "Bad, reversed or too long range",
							content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(ref = ERROR_SCHEMA))) })
	ResponseEntity<byte[]> kpisPdf(
			@Parameter(description = "First day, YYYY-MM-DD") @RequestParam(required = false) @Nullable String from,
			@Parameter(description = "Last day, YYYY-MM-DD") @RequestParam(required = false) @Nullable String to) {
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
	@Operation(summary = "Compare the totals of two periods (e.g. this month and the previous one)")
	KpiComparison.Response compare(@Valid @RequestBody KpiComparison.Request request) {
		return KpiComparison.compare(this.generator, request);
	}

}
