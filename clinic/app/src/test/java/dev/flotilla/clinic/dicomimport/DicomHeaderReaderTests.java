package dev.flotilla.clinic.dicomimport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DicomHeaderReaderTests {

	@ParameterizedTest(name = "explicit VR: {0}")
	@ValueSource(booleans = { true, false })
	void readsThePatientAndStudyAttributesPastASequence(boolean explicit) {
		DicomHeader header = DicomHeaderReader.read(DicomFiles.file(explicit, DicomFiles.sample()));
		assertThat(header.transferSyntax()).isEqualTo(explicit ? "1.2.840.10008.1.2.1" : "1.2.840.10008.1.2");
		assertThat(header.get("PatientName")).isEqualTo("Lefèvre^Hélène");
		assertThat(header.get("PatientID")).isEqualTo("DCM-1");
		assertThat(header.get("PatientBirthDate")).isEqualTo("19700102");
		assertThat(header.get("StudyInstanceUID")).isEqualTo("1.2.250.1.59.123");
		assertThat(header.get("StudyTime")).isEqualTo("091011.25");
		assertThat(header.get("Modality")).isEqualTo("MR");
		assertThat(header.get("StudyDescription")).isEqualTo("IRM cérébrale");
	}

	@Test
	void rejectsWhatIsNotPart10() {
		assertThatExceptionOfType(DicomFormatException.class)
			.isThrownBy(() -> DicomHeaderReader.read("just text".getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("DICM");
		byte[] noMeta = Arrays.copyOf(DicomFiles.file(true, Map.of()), 132);
		assertThatExceptionOfType(DicomFormatException.class).isThrownBy(() -> DicomHeaderReader.read(noMeta))
			.withMessageContaining("TransferSyntaxUID");
	}

	@Test
	void rejectsATruncatedFile() {
		byte[] file = DicomFiles.file(true, DicomFiles.sample());
		for (int length = 133; length < file.length - 12; length += 7) {
			byte[] cut = Arrays.copyOf(file, length);
			try {
				DicomHeaderReader.read(cut);
			}
			catch (DicomFormatException ex) {
				assertThat(ex.getMessage()).isNotBlank();
			}
		}
	}

	@Test
	void rejectsSequencesNestedTooDeep() {
		byte[] empty = DicomFiles.file(false, Map.of());
		ByteArrayOutputStream deep = new ByteArrayOutputStream();
		// Everything up to the pixel data element (tag, length and 4 bytes: 12 bytes).
		deep.writeBytes(Arrays.copyOf(empty, empty.length - 12));
		for (int i = 0; i < 40; i++) {
			deep.writeBytes(new byte[] { 0x08, 0x00, 0x10, 0x11 });
			deep.writeBytes(DicomFiles.le32(-1));
			deep.writeBytes(new byte[] { (byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0xE0 });
			deep.writeBytes(DicomFiles.le32(-1));
		}
		assertThatExceptionOfType(DicomFormatException.class)
			.isThrownBy(() -> DicomHeaderReader.read(deep.toByteArray()));
	}

	/**
	 * A fixed-seed mutation run in every build (Jazzer explores further on demand): no
	 * mutated file may make the reader throw anything but its own error.
	 */
	@Test
	void mutatedFilesNeverThrowAnythingElse() {
		SplittableRandom random = new SplittableRandom(42);
		byte[][] seeds = { DicomFiles.file(true, DicomFiles.sample()), DicomFiles.file(false, DicomFiles.sample()) };
		for (int run = 0; run < 20_000; run++) {
			byte[] file = seeds[run % 2].clone();
			int mutations = 1 + random.nextInt(8);
			for (int m = 0; m < mutations; m++) {
				int at = 132 + random.nextInt(file.length - 132);
				file[at] = (byte) ((random.nextInt(4) == 0) ? 0xFF : random.nextInt(256));
			}
			if (random.nextInt(5) == 0) {
				file = Arrays.copyOf(file, 132 + random.nextInt(file.length - 132));
			}
			DicomFuzzing.readOrReject(file);
		}
	}

}
