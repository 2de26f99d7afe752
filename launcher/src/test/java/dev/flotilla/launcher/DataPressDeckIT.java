package dev.flotilla.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.flotilla.testsupport.Axe;
import dev.flotilla.testsupport.HeadlessChromium;
import dev.flotilla.testsupport.RequiredTools;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DSI presentation at {@code /presentation/} and the accessibility of every DataPress
 * page, on both servers of the front: the launcher's in-process static server and nginx
 * with the image's own {@code nginx.conf} (and so its Content-Security-Policy).
 */
class DataPressDeckIT {

	private static final String FEBRUARY = "?from=2025-02-01&to=2025-02-28";

	private static DataPress fleet;

	private static DataPressNginxFront nginx;

	private static WebDriver browser;

	private static String launcherWeb;

	@BeforeAll
	static void start() throws Exception {
		fleet = startDataPress("deck");
		launcherWeb = fleet.web().url().toString();
		if (Files.isExecutable(java.nio.file.Path.of("/usr/sbin/nginx"))) {
			nginx = DataPressNginxFront.start(DataPressFrontIT.ROOT,
					DataPressFrontIT.ROOT.resolve("launcher/target/it-logs/deck-nginx"), fleet.api().port());
		}
		browser = HeadlessChromium.start("--lang=fr-FR", "--window-size=1200,1000");
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
		if (nginx != null) {
			nginx.close();
		}
		if (fleet != null) {
			fleet.close();
		}
	}

	/**
	 * DataPress's API and front only: the other systems would take their default ports.
	 */
	static DataPress startDataPress(String logs) throws Exception {
		java.nio.file.Path root = DataPressFrontIT.ROOT;
		assertThat(root.resolve("datapress/api/target/datapress-api.jar"))
			.as("datapress-api jar (the reactor builds datapress/api before launcher)")
			.isRegularFile();
		List<SystemSpec> systems = Fleet.systems(Map.of("FLOTILLA_DATAPRESS_API_PORT",
				Integer.toString(FreePorts.find()), "FLOTILLA_DATAPRESS_WEB_PORT", Integer.toString(FreePorts.find())));
		List<SystemSpec> datapress = systems.stream().filter((spec) -> spec.name().startsWith("datapress-")).toList();
		StartContext context = new StartContext(root, root.resolve("launcher/target/it-logs/" + logs), systems);
		RunningFleet running = new FleetStarter(context, Duration.ofSeconds(180), Progress.SILENT).start(datapress);
		return new DataPress(running, named(datapress, "datapress-api"), named(datapress, "datapress-web"));
	}

	private static SystemSpec named(List<SystemSpec> specs, String name) {
		return specs.stream().filter((spec) -> spec.name().equals(name)).findFirst().orElseThrow();
	}

	/** The running API and front, with the ports they were given. */
	record DataPress(RunningFleet fleet, SystemSpec api, SystemSpec web) implements AutoCloseable {

		@Override
		public void close() {
			this.fleet.close();
		}

	}

	@Test
	void presentationHasEightToTwelveFrenchSlidesOnBothServers() {
		for (String base : bases()) {
			browser.get(base + "presentation/");
			assertThat(browser.getTitle()).isEqualTo("DataPress – POC : présentation pour la DSI");
			assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
			List<WebElement> slides = browser.findElements(By.cssSelector("main section.slide"));
			assertThat(slides).hasSizeBetween(8, 12);
			assertThat(slides)
				.allSatisfy((slide) -> assertThat(slide.findElements(By.cssSelector("h1, h2"))).hasSize(1));
			assertThat(slides.stream().map((slide) -> slide.findElement(By.cssSelector("h1, h2")).getText()))
				.contains("Contexte", "Objectifs du POC", "Risques et limites", "Prochaines étapes et décision")
				.anyMatch((title) -> title.startsWith("Architecture"))
				.contains("Ce qui a été démontré");
			// The stylesheet and the script were both allowed to run (nginx sends a
			// strict CSP).
			assertThat(script("return getComputedStyle(document.querySelector('.slide')).scrollSnapAlign"))
				.isEqualTo("start");
			waitUntil(() -> ("1 / " + slides.size()).equals(browser.findElement(By.id("slide-position")).getText()));
			new Actions(browser).sendKeys(Keys.END).perform();
			waitUntil(() -> (slides.size() + " / " + slides.size())
				.equals(browser.findElement(By.id("slide-position")).getText()));
			List<WebElement> diagrams = browser.findElements(By.cssSelector("img.diagram"));
			assertThat(diagrams).hasSize(2);
			waitUntil(() -> diagrams.stream()
				.allMatch((img) -> ((Number) ((JavascriptExecutor) browser)
					.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", img))
					.intValue() > 0));
		}
	}

	@Test
	void presentationPrintsToOnePdfPagePerSlide() {
		browser.get(launcherWeb + "presentation/");
		int slides = browser.findElements(By.cssSelector("section.slide")).size();
		Map<String, Object> printed = ((HasCdp) browser).executeCdpCommand("Page.printToPDF",
				Map.of("printBackground", true, "preferCSSPageSize", true));
		String pdf = new String(Base64.getDecoder().decode((String) printed.get("data")), StandardCharsets.ISO_8859_1);
		assertThat(pdf).startsWith("%PDF-");
		assertThat(Pattern.compile("/Type\\s*/Page\\b").matcher(pdf).results().count()).isEqualTo(slides);
	}

	@Test
	void theDashboardLinksToThePresentation() {
		browser.get(launcherWeb);
		browser.findElement(By.id("presentation-link")).click();
		waitUntil(() -> browser.getCurrentUrl().endsWith("/presentation/"));
		assertThat(browser.findElements(By.cssSelector("section.slide"))).isNotEmpty();
	}

	@Test
	void theDashboardRunsUnderTheImagesContentSecurityPolicy() throws Exception {
		requireNginx();
		HttpResponse<Void> head = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(nginx.url()).build(), HttpResponse.BodyHandlers.discarding());
		assertThat(head.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).startsWith("default-src 'self';"));
		loadDashboard(nginx.url() + FEBRUARY);
		assertThat(browser.findElements(By.cssSelector("#kpi-chart path.line"))).hasSize(4);
		browser.findElement(By.xpath("//button[.='30 jours']")).click();
		waitUntil(() -> "true"
			.equals(browser.findElement(By.xpath("//button[.='30 jours']")).getDomAttribute("aria-pressed")));
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(nginx.url() + "api/kpis.pdf" + FEBRUARY)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
	}

	@Test
	void axeFindsNothingCriticalOrSeriousOnAnyPage() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String base : bases()) {
			loadDashboard(base + FEBRUARY);
			browser.findElement(By.cssSelector(".daily summary")).click();
			((JavascriptExecutor) browser).executeScript("document.querySelector('.chart-frame').focus()");
			problems.addAll(axe(base + " dashboard"));
			browser.get(base + "?from=2025-03-02&to=2025-03-01");
			waitUntil(() -> browser.findElement(By.id("kpi-status")).getText().startsWith("Requête refusée"));
			problems.addAll(axe(base + " dashboard, refused range"));
			browser.get(base + "presentation/");
			problems.addAll(axe(base + " presentation"));
		}
		assertThat(problems).isEmpty();
	}

	private static void loadDashboard(String url) {
		browser.get(url);
		waitUntil(() -> !browser.findElements(By.cssSelector("#kpi-cards .kpi-card")).isEmpty()
				&& !browser.findElements(By.cssSelector("#kpi-chart svg.chart")).isEmpty());
	}

	/** axe-core's critical and serious violations on the current page, one line each. */
	private static List<String> axe(String page) {
		return Axe.seriousViolations(browser, page);
	}

	private static List<String> bases() {
		List<String> bases = new ArrayList<>(List.of(launcherWeb));
		if (nginx != null) {
			bases.add(nginx.url().toString());
		}
		else {
			requireNginx();
		}
		return bases;
	}

	private static void requireNginx() {
		if (nginx == null) {
			RequiredTools.missing("Missing /usr/sbin/nginx (apt-get install -y nginx)");
		}
	}

	private static Object script(String code) {
		return ((JavascriptExecutor) browser).executeScript(code);
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until((driver) -> condition.getAsBoolean());
	}

}
