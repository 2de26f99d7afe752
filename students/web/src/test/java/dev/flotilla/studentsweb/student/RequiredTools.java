package dev.flotilla.studentsweb.student;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Tools a test needs from the machine: a missing one skips the test on a developer's
 * machine and fails it where {@code FLOTILLA_REQUIRE_TOOLS=true} (CI), so CI never passes
 * by skipping.
 */
final class RequiredTools {

	/** Debian's Chromium, or {@code FLOTILLA_CHROMIUM} (e.g. a CI runner's Chrome). */
	static final Path CHROMIUM = Path.of(env("FLOTILLA_CHROMIUM", "/usr/bin/chromium"));

	/** Debian's ChromeDriver, or {@code FLOTILLA_CHROMEDRIVER}. */
	static final Path CHROMEDRIVER = Path.of(env("FLOTILLA_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private RequiredTools() {
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	static void require(Path... tools) {
		List<Path> missing = Arrays.stream(tools).filter((tool) -> !Files.isExecutable(tool)).toList();
		if (missing.isEmpty()) {
			return;
		}
		String message = "Missing " + missing + " (apt-get install -y chromium chromium-driver)";
		if ("true".equalsIgnoreCase(System.getenv("FLOTILLA_REQUIRE_TOOLS"))) {
			fail(message + " and FLOTILLA_REQUIRE_TOOLS=true");
		}
		Assumptions.abort(message);
	}

}
