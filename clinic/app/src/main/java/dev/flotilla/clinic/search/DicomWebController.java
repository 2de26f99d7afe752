package dev.flotilla.clinic.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.openapi.ApiSecurity;

/**
 * {@code GET /dicomweb/studies}: a QIDO-RS study query (DICOM PS3.18) over the same
 * search, answered in the DICOM JSON model (tags as keys, {@code vr} and {@code Value})
 * so that the query clients of DICOM viewers can use it. Matching keys: PatientName,
 * PatientID, StudyDate, AccessionNumber, ModalitiesInStudy; {@code limit},
 * {@code offset}; other QIDO parameters ({@code includefield}, {@code fuzzymatching}...)
 * are accepted and ignored. The exact total is in {@code X-Total-Count}.
 */
@RestController
@SecurityRequirement(name = ApiSecurity.SESSION)
class DicomWebController {

	static final MediaType DICOM_JSON = MediaType.parseMediaType("application/dicom+json");

	private static final Map<String, String> KEYS = Map.of("PatientName", "name", "00100010", "name", "PatientID",
			"patientId", "00100020", "patientId", "StudyDate", "studyDate", "00080020", "studyDate", "AccessionNumber",
			"accessionNumber", "00080050", "accessionNumber", "ModalitiesInStudy", "modality", "00080061", "modality");

	private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter TM = DateTimeFormatter.ofPattern("HHmmss");

	private final SearchRepository search;

	DicomWebController(SearchRepository search) {
		this.search = search;
	}

	@GetMapping(path = "/dicomweb/studies", produces = { "application/dicom+json", "application/json" })
	@Operation(summary = "QIDO-RS: search for studies (DICOM JSON)")
	ResponseEntity<List<Map<String, Object>>> studies(@RequestParam MultiValueMap<String, String> params) {
		MultiValueMap<String, String> mapped = new LinkedMultiValueMap<>();
		params.forEach((key, values) -> {
			String ours = KEYS.get(key);
			if (ours != null) {
				mapped.put(ours, values);
			}
			else if (key.equals("limit") || key.equals("offset")) {
				mapped.put(key, values);
			}
		});
		SearchResult<Map<String, Object>> result = this.search.studyAttributes(SearchQuery.parse(mapped, "study"),
				DicomWebController::study);
		return ResponseEntity.ok()
			.contentType(DICOM_JSON)
			.header("X-Total-Count", Long.toString(result.total()))
			.body(result.items());
	}

	private static Map<String, Object> study(ResultSet rs, int row) throws SQLException {
		Map<String, Object> json = new LinkedHashMap<>();
		put(json, "00080005", "CS", "ISO_IR 192");
		LocalDate date = rs.getObject("study_date", LocalDate.class);
		put(json, "00080020", "DA", (date != null) ? date.format(DA) : null);
		LocalTime time = rs.getObject("study_time", LocalTime.class);
		put(json, "00080030", "TM", (time != null) ? time.format(TM) : null);
		put(json, "00080050", "SH", rs.getString("accession_number"));
		String modalities = rs.getString("modalities");
		json.put("00080061", (modalities == null || modalities.isEmpty()) ? Map.of("vr", "CS")
				: Map.of("vr", "CS", "Value", List.of(modalities.split("\\\\"))));
		putName(json, "00080090", rs.getString("referring_physician_name"));
		put(json, "00081030", "LO", rs.getString("study_description"));
		putName(json, "00100010", rs.getString("patient_name"));
		put(json, "00100020", "LO", rs.getString("patient_id"));
		LocalDate birth = rs.getObject("birth_date", LocalDate.class);
		put(json, "00100030", "DA", (birth != null) ? birth.format(DA) : null);
		put(json, "00100040", "CS", rs.getString("sex"));
		put(json, "0020000D", "UI", rs.getString("study_instance_uid"));
		put(json, "00200010", "SH", rs.getString("study_id"));
		put(json, "00201206", "IS", (Integer) rs.getObject("number_of_series"));
		put(json, "00201208", "IS", (Integer) rs.getObject("number_of_instances"));
		return json;
	}

	private static void put(Map<String, Object> json, String tag, String vr, Object value) {
		json.put(tag, (value == null) ? Map.of("vr", vr) : Map.of("vr", vr, "Value", List.of(value)));
	}

	private static void putName(Map<String, Object> json, String tag, String name) {
		json.put(tag,
				(name == null) ? Map.of("vr", "PN") : Map.of("vr", "PN", "Value", List.of(Map.of("Alphabetic", name))));
	}

}
