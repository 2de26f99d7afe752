package dev.flotilla.clinic.dicomimport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Builds small DICOM Part-10 files for the tests: preamble, {@code DICM}, the meta group,
 * then the given attributes, a nested sequence and pixel data.
 */
public final class DicomFiles {

	private DicomFiles() {
	}

	/**
	 * A file with the attributes, tag → (VR, value).
	 */
	public static byte[] file(boolean explicit, Map<Integer, String[]> attributes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[128]);
		out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
		String syntax = explicit ? "1.2.840.10008.1.2.1" : "1.2.840.10008.1.2";
		ByteArrayOutputStream meta = new ByteArrayOutputStream();
		element(meta, true, 0x00020001, "OB", new byte[] { 0, 1 });
		element(meta, true, 0x00020010, "UI", padded(syntax, true));
		element(out, true, 0x00020000, "UL", le32(meta.size()));
		out.writeBytes(meta.toByteArray());
		attributes.entrySet().stream().sorted(Map.Entry.comparingByKey(Integer::compareUnsigned)).forEach((entry) -> {
			if (entry.getKey() == 0x00081110) {
				sequence(out, explicit);
			}
			else {
				element(out, explicit, entry.getKey(), entry.getValue()[0],
						padded(entry.getValue()[1], entry.getValue()[0].equals("UI")));
			}
		});
		element(out, explicit, 0x7FE00010, "OW", new byte[] { 1, 2, 3, 4 });
		return out.toByteArray();
	}

	/**
	 * A ReferencedStudySequence of undefined length with one item of undefined length.
	 */
	private static void sequence(ByteArrayOutputStream out, boolean explicit) {
		tag(out, 0x00081110);
		if (explicit) {
			out.writeBytes("SQ".getBytes(StandardCharsets.US_ASCII));
			out.writeBytes(new byte[2]);
		}
		out.writeBytes(le32(-1));
		tag(out, 0xFFFEE000);
		out.writeBytes(le32(-1));
		element(out, explicit, 0x00081150, "UI", padded("1.2.3", true));
		tag(out, 0xFFFEE00D);
		out.writeBytes(le32(0));
		tag(out, 0xFFFEE0DD);
		out.writeBytes(le32(0));
	}

	static void element(ByteArrayOutputStream out, boolean explicit, int tag, String vr, byte[] value) {
		tag(out, tag);
		if (!explicit) {
			out.writeBytes(le32(value.length));
		}
		else if (vr.equals("OB") || vr.equals("OW") || vr.equals("SQ") || vr.equals("UN") || vr.equals("UT")) {
			out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
			out.writeBytes(new byte[2]);
			out.writeBytes(le32(value.length));
		}
		else {
			out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
			out.write(value.length & 0xFF);
			out.write((value.length >> 8) & 0xFF);
		}
		out.writeBytes(value);
	}

	private static void tag(ByteArrayOutputStream out, int tag) {
		int group = tag >>> 16;
		int element = tag & 0xFFFF;
		out.write(group & 0xFF);
		out.write(group >> 8);
		out.write(element & 0xFF);
		out.write(element >> 8);
	}

	private static byte[] padded(String value, boolean uid) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		if (bytes.length % 2 == 0) {
			return bytes;
		}
		byte[] even = new byte[bytes.length + 1];
		System.arraycopy(bytes, 0, even, 0, bytes.length);
		even[bytes.length] = (byte) (uid ? 0 : ' ');
		return even;
	}

	static byte[] le32(int value) {
		return new byte[] { (byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24) };
	}

	public static Map<Integer, String[]> sample() {
		return Map.ofEntries(attribute(0x00080005, "CS", "ISO_IR 192"), attribute(0x00080020, "DA", "20230708"),
				attribute(0x00080030, "TM", "091011.25"), attribute(0x00080050, "SH", "DCMACC1"),
				attribute(0x00080060, "CS", "MR"), attribute(0x00081030, "LO", "IRM cérébrale"),
				attribute(0x00081110, "SQ", ""), attribute(0x00100010, "PN", "Lefèvre^Hélène"),
				attribute(0x00100020, "LO", "DCM-1"), attribute(0x00100030, "DA", "19700102"),
				attribute(0x00100040, "CS", "F"), attribute(0x0020000D, "UI", "1.2.250.1.59.123"));
	}

	static Map.Entry<Integer, String[]> attribute(int tag, String vr, String value) {
		return Map.entry(tag, new String[] { vr, value });
	}

}
