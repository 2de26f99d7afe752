package dev.flotilla.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the machine's packages, driven by Selenium, for the browser
 * tests.
 */
public final class HeadlessChromium {

	private HeadlessChromium() {
	}

	/**
	 * Start a browser, or skip (fail in CI) when Chromium or its driver is missing.
	 * @param extraArguments more Chromium switches, e.g. {@code --lang=fr-FR}
	 * @return the driver; quit it when done
	 * @throws IOException if the profile directory cannot be created
	 */
	public static WebDriver start(String... extraArguments) throws IOException {
		RequiredTools.require(RequiredTools.CHROMIUM, RequiredTools.CHROMEDRIVER);
		// An explicit driver and binary: Selenium Manager is never asked to find, or
		// download, either. The modules' Failsafe set SE_OFFLINE in case it still runs.
		System.setProperty("webdriver.chrome.driver", RequiredTools.CHROMEDRIVER.toString());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(RequiredTools.CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		Path profile = Files.createTempDirectory("flotilla-chromium");
		// Without the background-networking flags Chromium keeps trying hosts that this
		// closed network refuses.
		ChromeOptions options = new ChromeOptions().setBinary(RequiredTools.CHROMIUM.toString())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--user-data-dir=" + profile)
			.addArguments(extraArguments);
		return new ChromeDriver(service, options);
	}

}
