package dev.flotilla.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.flotilla.testsupport.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DataPress front in headless Chromium, served by the launcher's static server in
 * front of the real API jar.
 */
class DataPressBrowserIT {

	private static final Path ROOT = Launcher.findRoot(Path.of("").toAbsolutePath());

	private static RunningFleet fleet;

	private static WebDriver browser;

	private static SystemSpec web;

	@BeforeAll
	static void start() throws Exception {
		assertThat(ROOT.resolve("datapress/api/target/datapress-api.jar"))
			.as("datapress-api jar (the reactor builds datapress/api before launcher)")
			.isRegularFile();
		List<SystemSpec> systems = Fleet.systems(Map.of("FLOTILLA_DATAPRESS_API_PORT",
				Integer.toString(FreePorts.find()), "FLOTILLA_DATAPRESS_WEB_PORT", Integer.toString(FreePorts.find())));
		web = systems.stream().filter((spec) -> spec.name().equals("datapress-web")).findFirst().orElseThrow();
		StartContext context = new StartContext(ROOT, ROOT.resolve("launcher/target/it-logs/browser"), systems);
		// Only DataPress: the other systems are not needed here and would take their
		// default ports.
		fleet = new FleetStarter(context, Duration.ofSeconds(120), Progress.SILENT)
			.start(systems.stream().filter((spec) -> spec.name().startsWith("datapress-")).toList());
		browser = HeadlessChromium.start();
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
		if (fleet != null) {
			fleet.close();
		}
	}

	@Test
	void pageHasTheSeedTitle() {
		browser.get(web.url().toString());
		assertThat(browser.getTitle()).isEqualTo("DataPress – POC");
	}

	@Test
	void testApiButtonShowsTheApiAnswer() {
		browser.get(web.url().toString());
		browser.findElement(By.id("test-api")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("api-response"), "\"service\": \"api\""));
		assertThat(browser.findElement(By.id("test-api")).getText()).isEqualTo("Tester l'API");
	}

}
