package dev.flotilla.clinic.dicomimport;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.flotilla.clinic.dicomimport.DicomImport.ImportResult;
import dev.flotilla.platform.error.InvalidRequestException;
import dev.flotilla.platform.openapi.ApiSecurity;

/**
 * {@code POST /api/import}: one or several {@code .dcm} files (multipart field
 * {@code files}). Every file is read first; one that is not DICOM refuses the whole
 * upload (400, naming it), so an import is all or nothing.
 */
@RestController
@SecurityRequirement(name = ApiSecurity.SESSION)
class DicomImportApiController {

	private final DicomImport importer;

	DicomImportApiController(DicomImport importer) {
		this.importer = importer;
	}

	@PostMapping(path = "/api/import", consumes = "multipart/form-data")
	@Operation(summary = "Import DICOM files: each file's patient and study, created or updated")
	List<ImportResult> importFiles(@RequestParam("files") List<MultipartFile> files) throws IOException {
		if (files.isEmpty() || files.size() > 100) {
			throw new InvalidRequestException("invalid_request", "Send 1 to 100 files in the 'files' field");
		}
		Map<String, DicomHeader> headers = new LinkedHashMap<>();
		for (MultipartFile file : files) {
			String name = String.valueOf(file.getOriginalFilename());
			try {
				headers.put(name + "#" + headers.size(), DicomHeaderReader.read(file.getBytes()));
			}
			catch (DicomFormatException ex) {
				throw new InvalidRequestException("not_dicom", name + ": " + ex.getMessage());
			}
		}
		return this.importer.importAll(headers);
	}

}
