package dev.flotilla.clinic.dicom;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * The value representations of DICOM (PS3.5 §6.2) that the API validates, as regular
 * expressions for Bean Validation, and the UID generator.
 */
public final class DicomValues {

	/** LO, SH: no backslash (the value separator), no control character. */
	public static final String LONG_STRING = "[^\\\\\\p{Cntrl}]*";

	public static final String LONG_STRING_MESSAGE = "must not contain a backslash or a control character";

	/**
	 * PN: up to five components {@code Family^Given^Middle^Prefix^Suffix} of at most 64
	 * characters, with at least one letter or digit.
	 */
	public static final String PERSON_NAME = "(?=.*[\\p{L}\\p{N}])[^\\\\^=\\p{Cntrl}]{0,64}(\\^[^\\\\^=\\p{Cntrl}]{0,64}){0,4}";

	public static final String PERSON_NAME_MESSAGE = "must be a DICOM person name Family^Given^Middle^Prefix^Suffix "
			+ "(at most 5 components of 64 characters, no backslash, '=' or control character)";

	/** LT: free text, line breaks and tabs allowed. */
	public static final String TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	public static final String TEXT_MESSAGE = "must not contain control characters";

	/** UI: dot-separated numbers without leading zeros. */
	public static final String UID = "(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*";

	public static final String UID_MESSAGE = "must be a DICOM UID: digits and dots, no leading zeros, at most 64 characters";

	/** CS of a modality: upper-case letters, digits, underscore. */
	public static final String MODALITY = "[A-Z0-9_]{1,16}";

	/** AS: {@code nnnD}, {@code nnnW}, {@code nnnM} or {@code nnnY}. */
	public static final String AGE = "[0-9]{3}[DWMY]";

	private DicomValues() {
	}

	/**
	 * A new UID under the {@code 2.25} root (ITU-T X.667): a random UUID as an unsigned
	 * decimal number.
	 * @return the UID, at most 44 characters
	 */
	public static String newUid() {
		UUID uuid = UUID.randomUUID();
		ByteBuffer bytes = ByteBuffer.allocate(16);
		bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
		return "2.25." + new BigInteger(1, bytes.array());
	}

}
