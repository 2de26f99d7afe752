package dev.flotilla.clinic.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.error.InvalidRequestException;
import dev.flotilla.platform.error.NotFoundException;
import dev.flotilla.platform.openapi.ApiSecurity;

/**
 * The QIDO-RS series and instance searches (PS3.18 10.6). The registry holds studies, not
 * their series or instances, so no search at these levels has a match: a search under a
 * study that exists answers {@code 200 []} (PS3.18, current edition: a search with no
 * matching results is a success with an empty list), a search under a study or series
 * that the registry does not hold is 404 (the target resource does not exist), and a
 * search over all series or instances is {@code 200 []}. The query is still checked like
 * a study search: an unknown key is a 400, never ignored.
 */
@RestController
@SecurityRequirement(name = ApiSecurity.BASIC)
class QidoLowerLevelController {

	/**
	 * Series and instance keys (PS3.18 10.6.1): accepted, match nothing.
	 */
	private static final Set<String> LOWER_LEVEL_KEYS = Set.of("Modality", "00080060", "SeriesInstanceUID", "0020000E",
			"SeriesNumber", "00200011", "SeriesDescription", "0008103E", "PerformedProcedureStepStartDate", "00400244",
			"PerformedProcedureStepStartTime", "00400245", "SOPClassUID", "00080016", "SOPInstanceUID", "00080018",
			"InstanceNumber", "00200013");

	private final SearchRepository search;

	QidoLowerLevelController(SearchRepository search) {
		this.search = search;
	}

	@GetMapping(path = { "/dicomweb/series", "/dicomweb/instances" },
			produces = { "application/dicom+json", "application/json" })
	@Operation(summary = "QIDO-RS: search all series or instances (none held: an empty list)")
	ResponseEntity<List<Map<String, Object>>> all(
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		check(params);
		return none();
	}

	@GetMapping(path = { "/dicomweb/studies/{study}/series", "/dicomweb/studies/{study}/instances" },
			produces = { "application/dicom+json", "application/json" })
	@Operation(summary = "QIDO-RS: search a study's series or instances (none held: an empty list, 404 if unknown)")
	ResponseEntity<List<Map<String, Object>>> ofStudy(@PathVariable String study,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		check(params);
		requireStudy(study);
		return none();
	}

	@GetMapping(path = "/dicomweb/studies/{study}/series/{series}/instances",
			produces = { "application/dicom+json", "application/json" })
	@Operation(summary = "QIDO-RS: search a series' instances (no series held: 404)")
	ResponseEntity<List<Map<String, Object>>> ofSeries(@PathVariable String study, @PathVariable String series,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		check(params);
		requireStudy(study);
		uid(series);
		throw new NotFoundException("series_not_found",
				"Série inconnue : le registre ne contient que des études, pas leurs séries.");
	}

	private void requireStudy(String uid) {
		if (!this.search.studyExists(uid(uid))) {
			throw new NotFoundException("study_not_found", "Aucune étude n'a l'UID « " + uid + " ».");
		}
	}

	private static String uid(String uid) {
		if (!QidoQuery.isUid(uid)) {
			throw new InvalidRequestException("invalid_uid",
					"UID DICOM invalide dans le chemin : chiffres et points, 64 caractères au plus.");
		}
		return uid;
	}

	/**
	 * The study search's parser checks the study keys and the controls; series and
	 * instance keys are taken out first, since nothing can match them.
	 */
	private static void check(MultiValueMap<String, String> params) {
		MultiValueMap<String, String> studyLevel = new LinkedMultiValueMap<>();
		params.forEach((key, values) -> {
			List<String> kept = key.equals("includefield") ? studyFields(values) : values;
			if (!LOWER_LEVEL_KEYS.contains(key) && !kept.isEmpty()) {
				studyLevel.put(key, kept);
			}
		});
		QidoQuery.parse(studyLevel);
	}

	private static List<String> studyFields(List<String> values) {
		return values.stream()
			.flatMap((value) -> List.of(value.split(",", -1)).stream())
			.map(String::strip)
			.filter((field) -> !LOWER_LEVEL_KEYS.contains(field))
			.filter((field) -> !field.isEmpty())
			.toList();
	}

	private static ResponseEntity<List<Map<String, Object>>> none() {
		return ResponseEntity.ok()
			.contentType(DicomWebController.DICOM_JSON)
			.header("X-Total-Count", "0")
			.body(List.of());
	}

}
