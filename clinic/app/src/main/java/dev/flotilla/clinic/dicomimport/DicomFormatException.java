package dev.flotilla.clinic.dicomimport;

/**
 * The only exception {@link DicomHeaderReader} throws: the bytes are not a DICOM Part-10
 * file it can read. The message is safe to show.
 */
class DicomFormatException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	DicomFormatException(String message) {
		super(message);
	}

}
