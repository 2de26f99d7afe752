package dev.flotilla.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * At the end of a test run, prints how many responses {@link OpenApiResponses} validated
 * per API (and how many did not fit) and writes the same lines to
 * {@code target/openapi-validated.txt}. Registered as a JUnit Platform listener; a run
 * that validated nothing writes nothing.
 */
public final class OpenApiReport implements TestExecutionListener {

	static final Path REPORT = Path.of("target", "openapi-validated.txt");

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		List<String> lines = lines();
		if (lines.isEmpty()) {
			return;
		}
		lines.forEach((line) -> System.out.println("[openapi] " + line));
		try {
			Files.createDirectories(REPORT.getParent());
			Files.write(REPORT, lines, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> lines() {
		List<String> lines = new ArrayList<>();
		OpenApiResponses.tallies()
			.forEach((api, tally) -> lines.add(api + ": " + tally.validated.sum() + " responses validated, "
					+ tally.failed.sum() + " did not fit, " + tally.skipped.sum() + " outside the document"));
		return lines;
	}

}
