package dev.flotilla.clinic.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conformance statement's attribute table is the one the controller works from: same
 * attributes, tags, VRs, matching and default set, so that the document cannot promise a
 * key the search refuses or hide one it accepts.
 */
class DicomWebConformanceDocTests {

	private static final Path STATEMENT = Path.of("..", "..", "docs", "clinic", "dicomweb-conformance.md");

	@Test
	void theDocumentedAttributeTableIsTheControllers() throws IOException {
		List<String> documented = Files.readAllLines(STATEMENT, StandardCharsets.UTF_8)
			.stream()
			.dropWhile((line) -> !line.startsWith("| attribute | tag | VR | matching | returned |"))
			.skip(2)
			.takeWhile((line) -> line.startsWith("|"))
			.map(DicomWebConformanceDocTests::cells)
			.toList();
		List<String> accepted = Arrays.stream(QidoAttribute.values())
			.map((attribute) -> String.join(" | ", attribute.keyword(), attribute.tag(), attribute.vr(),
					attribute.matching().description(), attribute.returnedByDefault() ? "default" : "includefield"))
			.toList();
		assertThat(documented).isEqualTo(accepted);
	}

	@Test
	void everyDocumentedKeyIsAcceptedByKeywordAndTag() throws IOException {
		List<String> keys = Arrays.stream(QidoAttribute.values())
			.filter((attribute) -> attribute.matching() != QidoAttribute.Matching.NONE)
			.flatMap((attribute) -> List.of(attribute.keyword(), attribute.tag()).stream())
			.toList();
		assertThat(keys).hasSize(2 * QidoQuery.keywords().size());
		keys.forEach((key) -> assertThat(QidoAttribute.named(key)).isPresent());
		assertThat(QidoQuery.keywords()).contains("StudyInstanceUID", "PatientID", "PatientName", "StudyDate",
				"StudyTime", "AccessionNumber", "ModalitiesInStudy", "ReferringPhysicianName", "StudyID");
	}

	private static String cells(String line) {
		return Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
			.map(String::strip)
			.reduce((a, b) -> a + " | " + b)
			.orElse("");
	}

}
