package dev.flotilla.clinic.search;

import io.swagger.v3.oas.annotations.Operation;
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
	SearchResult<?> search(@RequestParam MultiValueMap<String, String> params) {
		SearchQuery query = SearchQuery.parse(params, null);
		return this.search.search(query);
	}

	@GetMapping("/api/patients")
	@Operation(summary = "Search patients")
	SearchResult<PatientResponse> patients(@RequestParam MultiValueMap<String, String> params) {
		return this.search.patients(SearchQuery.parse(params, "patient"));
	}

	@GetMapping("/api/studies")
	@Operation(summary = "Search studies")
	SearchResult<StudyHit> studies(@RequestParam MultiValueMap<String, String> params) {
		return this.search.studies(SearchQuery.parse(params, "study"));
	}

}
