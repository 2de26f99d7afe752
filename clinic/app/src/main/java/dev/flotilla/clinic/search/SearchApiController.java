package dev.flotilla.clinic.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.clinic.patient.PatientResponse;
import dev.flotilla.platform.openapi.ApiSecurity;

/**
 * {@code /api/search} and the listings {@code GET /api/patients},
 * {@code GET /api/studies} (the same search at a fixed level).
 */
@RestController
@SecurityRequirement(name = ApiSecurity.SESSION)
class SearchApiController {

	private final SearchCache search;

	SearchApiController(SearchCache search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	@Operation(summary = "Search patients or studies by DICOM attributes")
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
	SearchResult<?> search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		SearchQuery query = SearchQuery.parse(params, null);
		return this.search.search(query);
	}

	@GetMapping("/api/patients")
	@Operation(summary = "Search patients")
	@Parameters({
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
	SearchResult<PatientResponse> patients(
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		return this.search.patients(SearchQuery.parse(params, "patient"));
	}

	@GetMapping("/api/studies")
	@Operation(summary = "Search studies")
	@Parameters({
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
	SearchResult<StudyHit> studies(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		return this.search.studies(SearchQuery.parse(params, "study"));
	}

}
