package dev.flotilla.clinic.search;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.flotilla.clinic.ClinicIntegrationTest;
import dev.flotilla.testsupport.RequiredTools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The QIDO-RS search as a real DICOMweb client sees it: {@code dicomweb-client} (npm, the
 * library of OHIF and Slim) in Node runs {@code src/test/dicomweb-client/search.mjs}
 * against the clinic on its port, with HTTP Basic. Skipped without Node and npm, failed
 * then where {@code FLOTILLA_REQUIRE_TOOLS=true}.
 */
class DicomWebClientIT extends ClinicIntegrationTest {

	private static final Path CLIENT = Path.of("src", "test", "dicomweb-client");

	private static final String PASSWORD = "dicomweb-client-1";

	@Test
	void aDicomWebClientFindsTheStudiesItAsksFor() throws Exception {
		Path node = onPath("node");
		Path npm = onPath("npm");
		seed();
		if (!Files.isDirectory(CLIENT.resolve("node_modules/dicomweb-client"))) {
			Result install = run(List.of(npm.toString(), "ci", "--no-audit", "--no-fund"), Map.of(),
					Duration.ofMinutes(5));
			assertThat(install.exit()).as("npm ci: " + install.output()).isZero();
		}
		Result result = run(List.of(node.toString(), "search.mjs"), Map.of("CLINIC_URL",
				"http://127.0.0.1:" + this.port, "CLINIC_USER", "dwc-lecteur", "CLINIC_PASSWORD", PASSWORD),
				Duration.ofMinutes(2));
		assertThat(result.output()).contains(" passed, 0 failed").doesNotContain("not ok");
		assertThat(result.exit()).as(result.output()).isZero();
		assertThat(result.output().lines().filter((line) -> line.startsWith("ok ")).count()).isGreaterThan(15);
	}

	private void seed() throws Exception {
		int created = this.mvc
			.perform(withJson(post("/api/users"),
					Map.of("username", "dwc-lecteur", "password", PASSWORD, "role", "lecture"))
				.with(admin()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(created).isEqualTo(201);
		long a = createPatient(Map.of("patientId", "DWC-1", "patientName", "Dupré^Élodie", "patientBirthDate",
				"1975-04-05", "patientSex", "F"));
		long b = createPatient(Map.of("patientId", "DWC-2", "patientName", "Durand^Jean", "patientSex", "M"));
		createStudy(Map.ofEntries(Map.entry("patient", a), Map.entry("studyInstanceUid", "1.2.250.1.59.900.1"),
				Map.entry("studyDate", "2024-01-10"), Map.entry("studyTime", "09:15:00"),
				Map.entry("accessionNumber", "DWCACC1"), Map.entry("studyId", "DW1"),
				Map.entry("referringPhysicianName", "Martin^Paul"), Map.entry("modalitiesInStudy", List.of("CT")),
				Map.entry("studyDescription", "Abdomen"), Map.entry("patientAge", "049Y"),
				Map.entry("patientWeight", 62.5)));
		createStudy(Map.of("patient", a, "studyInstanceUid", "1.2.250.1.59.900.2", "studyDate", "2024-03-20",
				"studyTime", "16:40:00", "accessionNumber", "DWCACC2", "studyId", "DW2", "referringPhysicianName",
				"Bernard^Luc", "modalitiesInStudy", List.of("MR", "SR")));
		createStudy(Map.of("patient", b, "studyInstanceUid", "1.2.250.1.59.900.3", "studyDate", "2023-11-05",
				"studyTime", "11:00:00", "accessionNumber", "DWCACC3", "studyId", "DW3", "referringPhysicianName",
				"Martin^Paul", "modalitiesInStudy", List.of("US")));
	}

	private static Path onPath(String tool) {
		Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.filter((dir) -> !dir.isEmpty())
			.map((dir) -> Path.of(dir, tool))
			.filter(Files::isExecutable)
			.findFirst();
		if (found.isEmpty()) {
			RequiredTools.missing(tool + " is not on the PATH (apt-get install -y nodejs npm)");
		}
		return found.orElseThrow();
	}

	/** Output to a file, not a pipe, so that a chatty tool can never block. */
	private static Result run(List<String> command, Map<String, String> environment, Duration timeout)
			throws IOException, InterruptedException {
		Path output = Files.createTempFile("dicomweb-client", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(CLIENT.toFile())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				fail(String.join(" ", command) + " did not finish within " + timeout + ": "
						+ Files.readString(output, StandardCharsets.UTF_8));
			}
			return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	private record Result(int exit, String output) {
	}

}
