package dev.flotilla.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Assertions;

/**
 * Tools a test needs from the machine. A missing one skips the test on a developer's
 * machine and fails it where {@code FLOTILLA_REQUIRE_TOOLS=true} (CI), so a check never
 * passes because nothing ran.
 */
public final class RequiredTools {

	/** The variable that turns a missing tool into a failure. */
	public static final String REQUIRE_TOOLS = "FLOTILLA_REQUIRE_TOOLS";

	/** Debian's Chromium, or {@code FLOTILLA_CHROMIUM} (e.g. a CI runner's Chrome). */
	public static final Path CHROMIUM = Path.of(env("FLOTILLA_CHROMIUM", "/usr/bin/chromium"));

	/** Debian's ChromeDriver, or {@code FLOTILLA_CHROMEDRIVER}. */
	public static final Path CHROMEDRIVER = Path.of(env("FLOTILLA_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private RequiredTools() {
	}

	/**
	 * Skip or fail the current test unless every tool is an executable file.
	 * @param tools the executables
	 */
	public static void require(Path... tools) {
		List<Path> missing = Arrays.stream(tools).filter((tool) -> !Files.isExecutable(tool)).toList();
		if (!missing.isEmpty()) {
			missing("Missing " + missing + " (apt-get install -y chromium chromium-driver)");
		}
	}

	/**
	 * Skip the current test, or fail it where tools are required.
	 * @param what what is missing and how to install it
	 */
	public static void missing(String what) {
		if (Boolean.parseBoolean(System.getenv(REQUIRE_TOOLS))) {
			Assertions.fail(what + ", and " + REQUIRE_TOOLS + "=true requires it");
		}
		Assumptions.abort(what + "; skipped (set " + REQUIRE_TOOLS + "=true to fail instead)");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
