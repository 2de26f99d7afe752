package dev.flotilla.clinic.dicomimport;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer: {@code JAZZER_FUZZ=1 mvn -pl clinic/app test -Dtest=DicomHeaderReaderFuzzTests}
 * fuzzes the header reader; a plain build replays the saved inputs (regression mode). The
 * time limit and the absence of hangs are Jazzer's to check.
 */
class DicomHeaderReaderFuzzTests {

	@FuzzTest(maxDuration = "60s")
	void readsOrRejectsAnyBytes(byte[] data) {
		DicomFuzzing.readOrReject(data);
	}

}
