package dev.flotilla.clinic.dicomimport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the patient and study attributes of a DICOM Part-10 file: 128-byte preamble,
 * {@code DICM}, the file meta group (explicit VR little endian), then the data set in
 * explicit or implicit VR little endian, up to the pixel data. Sequences are skipped,
 * nested at most {@value #MAX_DEPTH} deep. Every length is checked against the bytes
 * left, and every step moves forward, so any input ends in a header or a
 * {@link DicomFormatException}.
 */
final class DicomHeaderReader {

	static final String IMPLICIT_LITTLE = "1.2.840.10008.1.2";

	private static final int MAX_DEPTH = 16;

	private static final long UNDEFINED = 0xFFFFFFFFL;

	private static final int ITEM = 0xFFFEE000;

	private static final int ITEM_END = 0xFFFEE00D;

	private static final int SEQUENCE_END = 0xFFFEE0DD;

	private static final int PIXEL_DATA = 0x7FE00010;

	/** The attributes kept, by tag. */
	private static final Map<Integer, String> WANTED = Map.ofEntries(Map.entry(0x00080005, "SpecificCharacterSet"),
			Map.entry(0x00080020, "StudyDate"), Map.entry(0x00080030, "StudyTime"),
			Map.entry(0x00080050, "AccessionNumber"), Map.entry(0x00080060, "Modality"),
			Map.entry(0x00080090, "ReferringPhysicianName"), Map.entry(0x00081030, "StudyDescription"),
			Map.entry(0x00100010, "PatientName"), Map.entry(0x00100020, "PatientID"),
			Map.entry(0x00100021, "IssuerOfPatientID"), Map.entry(0x00100030, "PatientBirthDate"),
			Map.entry(0x00100040, "PatientSex"), Map.entry(0x00101010, "PatientAge"),
			Map.entry(0x00101020, "PatientSize"), Map.entry(0x00101030, "PatientWeight"),
			Map.entry(0x0020000D, "StudyInstanceUID"), Map.entry(0x00200010, "StudyID"));

	private final byte[] data;

	private final Map<String, String> found = new HashMap<>();

	private boolean explicit = true;

	private Charset charset = StandardCharsets.ISO_8859_1;

	private DicomHeaderReader(byte[] data) {
		this.data = data;
	}

	/**
	 * Read a file's header.
	 * @param data the whole file, or at least its beginning up to the pixel data
	 * @return the header
	 * @throws DicomFormatException if the bytes are not a readable DICOM Part-10 file
	 */
	static DicomHeader read(byte[] data) {
		if (data == null || data.length < 132 || data[128] != 'D' || data[129] != 'I' || data[130] != 'C'
				|| data[131] != 'M') {
			throw new DicomFormatException("Not a DICOM Part-10 file: no 'DICM' after the 128-byte preamble");
		}
		return new DicomHeaderReader(data).readFile();
	}

	private DicomHeader readFile() {
		int pos = 132;
		String transferSyntax = null;
		while (pos + 8 <= this.data.length && u16(pos) == 0x0002) {
			int tag = tag(pos);
			String vr = vr(pos);
			boolean longForm = longForm(vr);
			long length = longForm ? u32(need(pos, 12) + 8) : u16(pos + 6);
			int start = pos + (longForm ? 12 : 8);
			int end = end(start, length);
			if (tag == 0x00020010) {
				transferSyntax = text(start, end, StandardCharsets.US_ASCII);
			}
			pos = end;
		}
		if (transferSyntax == null) {
			throw new DicomFormatException("The file meta information has no TransferSyntaxUID (0002,0010)");
		}
		if (transferSyntax.equals("1.2.840.10008.1.2.2") || transferSyntax.equals("1.2.840.10008.1.2.1.99")) {
			throw new DicomFormatException(
					"Transfer syntax " + transferSyntax + " (big endian or deflated) is not supported");
		}
		this.explicit = !transferSyntax.equals(IMPLICIT_LITTLE);
		readElements(pos, this.data.length, 0, true);
		return new DicomHeader(transferSyntax, this.found);
	}

	/**
	 * Read elements from pos until end (or an item delimiter when nested); returns the
	 * position after.
	 */
	private int readElements(int from, int end, int depth, boolean topLevel) {
		if (depth > MAX_DEPTH) {
			throw new DicomFormatException("Sequences nested deeper than " + MAX_DEPTH + " levels");
		}
		int pos = from;
		while (pos < end) {
			need(pos, 8);
			int tag = tag(pos);
			if (tag == ITEM_END) {
				return pos + 8;
			}
			if (topLevel && Integer.compareUnsigned(tag, PIXEL_DATA) >= 0) {
				return pos;
			}
			String vr = this.explicit ? vr(pos) : null;
			boolean longForm = this.explicit && longForm(vr);
			long length = (!this.explicit) ? u32(pos + 4) : longForm ? u32(need(pos, 12) + 8) : u16(pos + 6);
			int start = pos + (longForm ? 12 : 8);
			if (length == UNDEFINED) {
				if (this.explicit && !"SQ".equals(vr) && !"UN".equals(vr)) {
					throw new DicomFormatException("Undefined length on a " + vr + " element before the pixel data");
				}
				// UN of undefined length holds a sequence in implicit VR (PS3.5 §6.2.2).
				boolean outer = this.explicit;
				this.explicit = outer && !"UN".equals(vr);
				try {
					pos = skipSequence(start, end, depth + 1);
				}
				finally {
					this.explicit = outer;
				}
				continue;
			}
			int valueEnd = end(start, length);
			if ("SQ".equals(vr)) {
				skipDefinedSequence(start, valueEnd, depth + 1);
			}
			else if (topLevel && WANTED.containsKey(tag)) {
				keep(tag, start, valueEnd);
			}
			pos = valueEnd;
		}
		return pos;
	}

	private int skipSequence(int from, int end, int depth) {
		int pos = from;
		while (true) {
			need(pos, 8);
			int tag = tag(pos);
			long length = u32(pos + 4);
			if (tag == SEQUENCE_END) {
				return pos + 8;
			}
			if (tag != ITEM) {
				throw new DicomFormatException("Expected a sequence item at byte " + pos);
			}
			pos = (length == UNDEFINED) ? readElements(pos + 8, end, depth, false) : end(pos + 8, length);
		}
	}

	private void skipDefinedSequence(int from, int end, int depth) {
		int pos = from;
		while (pos < end) {
			need(pos, 8);
			if (tag(pos) != ITEM) {
				throw new DicomFormatException("Expected a sequence item at byte " + pos);
			}
			long length = u32(pos + 4);
			pos = (length == UNDEFINED) ? readElements(pos + 8, end, depth, false) : end(pos + 8, length);
		}
	}

	private void keep(int tag, int start, int end) {
		String keyword = WANTED.get(tag);
		if (keyword.equals("SpecificCharacterSet")) {
			String value = text(start, end, StandardCharsets.US_ASCII);
			this.charset = value.contains("ISO_IR 192") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
		}
		this.found.put(keyword, text(start, end, this.charset));
	}

	private String text(int start, int end, Charset charset) {
		String value = new String(this.data, start, end - start, charset);
		int last = value.length();
		while (last > 0 && (value.charAt(last - 1) == ' ' || value.charAt(last - 1) == '\0')) {
			last--;
		}
		return value.substring(0, last).stripLeading();
	}

	private static boolean longForm(String vr) {
		return switch (vr) {
			case "OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV" -> true;
			default -> false;
		};
	}

	private String vr(int pos) {
		char first = (char) (this.data[pos + 4] & 0xFF);
		char second = (char) (this.data[pos + 5] & 0xFF);
		if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
			throw new DicomFormatException("No value representation at byte " + pos + " (explicit VR expected)");
		}
		return new String(new char[] { first, second });
	}

	private int tag(int pos) {
		return (u16(pos) << 16) | u16(pos + 2);
	}

	private int u16(int pos) {
		return (this.data[pos] & 0xFF) | ((this.data[pos + 1] & 0xFF) << 8);
	}

	private long u32(int pos) {
		need(pos, 4);
		return (this.data[pos] & 0xFFL) | ((this.data[pos + 1] & 0xFFL) << 8) | ((this.data[pos + 2] & 0xFFL) << 16)
				| ((this.data[pos + 3] & 0xFFL) << 24);
	}

	/** Check that {@code count} bytes are left at pos; returns pos. */
	private int need(int pos, int count) {
		if (pos < 0 || (long) pos + count > this.data.length) {
			throw new DicomFormatException("The file ends in the middle of an element (byte " + pos + ")");
		}
		return pos;
	}

	private int end(int start, long length) {
		long end = start + length;
		if (end > this.data.length) {
			throw new DicomFormatException("An element's length (" + length + ") runs past the end of the file");
		}
		return (int) end;
	}

}
