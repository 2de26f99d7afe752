package dev.flotilla.clinic.dicomimport;

import java.util.Map;

/**
 * The attributes read from a DICOM file's header, by keyword, as the file spells them
 * (trailing padding removed).
 *
 * @param transferSyntax the TransferSyntaxUID of the data set
 * @param attributes keyword → value, e.g. {@code PatientName → DUPONT^JEAN}
 */
record DicomHeader(String transferSyntax, Map<String, String> attributes) {

	DicomHeader {
		attributes = Map.copyOf(attributes);
	}

	String get(String keyword) {
		return this.attributes.get(keyword);
	}

}
