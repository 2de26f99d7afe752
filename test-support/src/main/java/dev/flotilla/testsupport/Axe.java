package dev.flotilla.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (vendored, {@code axe-core/axe.min.js}, licence beside it) run on the page a
 * browser test has open.
 */
public final class Axe {

	private static final String SCRIPT = "/axe-core/axe.min.js";

	private Axe() {
	}

	/**
	 * Run every axe rule on the current page.
	 * @param browser the driver, on the page to check
	 * @param page a name for the page in the lines returned
	 * @return the critical and serious violations, one line each
	 * ({@code page: rule (impact)
	 * nodes}); empty when there are none
	 * @throws IllegalStateException if axe did not really look at the page (10 rules or
	 * fewer passed)
	 */
	@SuppressWarnings("unchecked")
	public static List<String> seriousViolations(WebDriver browser, String page) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript(source());
		Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document).then((r) => done({ passes: r.passes.length,
				  violations: r.violations.map((v) => ({ id: v.id, impact: v.impact,
				    nodes: v.nodes.map((n) => n.target.join(' ')).join(', ') })) }));
				""");
		int passes = ((Number) result.get("passes")).intValue();
		if (passes <= 10) {
			throw new IllegalStateException("axe passed only " + passes + " rules on " + page);
		}
		List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
		return violations.stream()
			.filter((v) -> "critical".equals(v.get("impact")) || "serious".equals(v.get("impact")))
			.map((v) -> page + ": " + v.get("id") + " (" + v.get("impact") + ") " + v.get("nodes"))
			.toList();
	}

	private static String source() {
		try (InputStream in = Axe.class.getResourceAsStream(SCRIPT)) {
			if (in == null) {
				throw new IllegalStateException("axe-core is missing from the class path: " + SCRIPT);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
