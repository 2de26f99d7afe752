package dev.flotilla.clinic.dicomimport;

/**
 * The reader's contract for fuzzing: any bytes give a header or a
 * {@link DicomFormatException}; anything else thrown escapes and fails the run.
 */
final class DicomFuzzing {

	private DicomFuzzing() {
	}

	static void readOrReject(byte[] data) {
		try {
			DicomHeaderReader.read(data);
		}
		catch (DicomFormatException ex) {
			if (ex.getMessage() == null || ex.getMessage().isBlank()) {
				throw new AssertionError("A rejection must say why", ex);
			}
		}
	}

}
