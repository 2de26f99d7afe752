package dev.flotilla.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.flotilla.testsupport.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DataPress dashboard in headless Chromium, as a marketing manager uses it: served by
 * the launcher's static server in front of the real API jar, and checked against what the
 * API itself answers. The presentation and the page's accessibility are checked in
 * {@link DataPressDeckIT}, on the launcher and on nginx.
 */
class DataPressFrontIT {

	static final Path ROOT = Launcher.findRoot(Path.of("").toAbsolutePath());

	private static final String FEBRUARY = "?from=2025-02-01&to=2025-02-28";

	private static DataPressDeckIT.DataPress fleet;

	private static WebDriver browser;

	private static String web;

	@BeforeAll
	static void start() throws Exception {
		fleet = DataPressDeckIT.startDataPress("front");
		web = fleet.web().url().toString();
		browser = HeadlessChromium.start("--lang=fr-FR", "--window-size=1200,1000");
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
	void presetsSetTheRangeToTheLastDaysOrTheCurrentMonthOrQuarterAndLoadIt() {
		open("");
		for (String preset : List.of("7 jours", "30 jours", "Ce mois", "Ce trimestre")) {
			LocalDate today = LocalDate.now(ZoneOffset.UTC);
			LocalDate from = switch (preset) {
				case "7 jours" -> today.minusDays(6);
				case "30 jours" -> today.minusDays(29);
				case "Ce mois" -> today.withDayOfMonth(1);
				default -> today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
			};
			WebElement button = browser.findElement(By.xpath("//button[@class='preset' and .='" + preset + "']"));
			button.click();
			waitText("kpi-status", "Indicateurs du " + fr(from) + " au " + fr(today) + ".");
			assertThat(value("from")).isEqualTo(from.toString());
			assertThat(value("to")).isEqualTo(today.toString());
			assertThat(button.getAttribute("aria-pressed")).isEqualTo("true");
			assertThat(text(By.cssSelector(".daily summary"))).isEqualTo("Données quotidiennes ("
					+ daysBetween(from, today) + " jour" + (daysBetween(from, today) > 1 ? "s" : "") + ")");
			assertThat(browser.findElements(By.cssSelector(".preset[aria-pressed=true]"))).hasSize(1);
		}
	}

	@Test
	void campaignFilterDrawsOneSeriesPerCheckedCampaignAndTotalsOnlyThose() {
		open(FEBRUARY);
		assertThat(browser.findElements(By.cssSelector("#kpi-chart path.line"))).hasSize(4);
		List<String> campaigns = texts(By.cssSelector("#campaign-filter label"));
		assertThat(campaigns).containsExactly("Newsletter", "Google Ads", "Réseaux sociaux", "Affiliation");
		for (String name : List.of("Google Ads", "Réseaux sociaux", "Affiliation")) {
			browser.findElement(By.xpath("//fieldset[@id='campaign-filter']//label[.='" + name + "']")).click();
		}
		assertThat(browser.findElements(By.cssSelector("#kpi-chart path.line"))).hasSize(1);
		assertThat(texts(By.cssSelector("#kpi-chart .legend li"))).containsExactly("Newsletter");
		Map<String, Object> newsletter = campaignTotals(api("/api/kpis" + FEBRUARY), "Newsletter");
		assertThat(text(By.cssSelector("#card-visits .kpi-value"))).isEqualTo(grouped(newsletter.get("visits")));
		assertThat(text(By.cssSelector("#card-orders .kpi-value"))).isEqualTo(grouped(newsletter.get("orders")));
		assertThat(texts(By.cssSelector("#kpi-chart tbody th"))).startsWith("Newsletter").hasSize(1 + 28);
	}

	@Test
	void hoveringTheChartShowsTheValuesOfTheDayUnderThePointer() {
		open(FEBRUARY);
		WebElement svg = browser.findElement(By.cssSelector("#kpi-chart svg.chart"));
		int width = Integer.parseInt(svg.getAttribute("width"));
		int index = 13;
		double x = 62 + index * (width - 62 - 26) / 27.0;
		new Actions(browser).moveToElement(svg, (int) Math.round(x - width / 2.0), 0).perform();
		WebElement tip = browser.findElement(By.cssSelector("#kpi-chart .chart-tip"));
		waitUntil(() -> tip.isDisplayed() && tip.getText().startsWith("14/02/2025"));
		Map<String, Object> day = day(api("/api/kpis" + FEBRUARY), index);
		assertThat(normalized(tip.getText()))
			.contains("Newsletter : " + grouped(campaign(day, "Newsletter").get("visits")))
			.contains("Affiliation : " + grouped(campaign(day, "Affiliation").get("visits")));
		new Actions(browser).moveToElement(browser.findElement(By.id("kpi-title"))).perform();
		waitUntil(() -> !tip.isDisplayed());
	}

	@Test
	void theKeyboardShowsTheSameValuesDayByDayInALiveRegion() {
		open(FEBRUARY + "&x=keyboard");
		WebElement frame = browser.findElement(By.cssSelector("#kpi-chart .chart-frame"));
		((JavascriptExecutor) browser).executeScript("arguments[0].focus()", frame);
		WebElement tip = frame.findElement(By.cssSelector(".chart-tip"));
		waitUntil(() -> tip.isDisplayed() && tip.getText().startsWith("01/02/2025"));
		assertThat(tip.getAttribute("aria-live")).isEqualTo("polite");
		new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
		waitUntil(() -> tip.getText().startsWith("02/02/2025"));
		new Actions(browser).sendKeys(Keys.END).perform();
		waitUntil(() -> tip.getText().startsWith("28/02/2025"));
		Map<String, Object> last = day(api("/api/kpis" + FEBRUARY), 27);
		assertThat(normalized(tip.getText()))
			.contains("Google Ads : " + grouped(campaign(last, "Google Ads").get("visits")));
		assertThat(frame.getAttribute("aria-label")).contains("Flèches gauche et droite");
	}

	@Test
	void cardsShowTheTotalsAndTheChangeAgainstThePreviousPeriod() {
		open(FEBRUARY);
		Map<String, Object> compare = api("/api/kpis/compare",
				"""
						{"current":{"from":"2025-02-01","to":"2025-02-28"},"previous":{"from":"2025-01-04","to":"2025-01-31"}}""");
		Map<String, Object> now = map(compare.get("current"));
		Map<String, Object> change = map(compare.get("change"));
		assertThat(text(By.cssSelector("#card-visits .kpi-value"))).isEqualTo(grouped(now.get("visits")));
		assertThat(text(By.cssSelector("#card-visits .kpi-delta"))).isEqualTo(signed(change.get("visits_pct")) + " %");
		assertThat(text(By.cssSelector("#card-orders .kpi-delta"))).isEqualTo(signed(change.get("orders_pct")) + " %");
		assertThat(text(By.cssSelector("#card-conversion_rate .kpi-value")))
			.isEqualTo(decimal(now.get("conversion_rate")) + " %");
		assertThat(text(By.cssSelector("#card-conversion_rate .kpi-delta")))
			.isEqualTo(signed(change.get("conversion_rate_pts")) + " pt");
		assertThat(text(By.cssSelector("#card-visits .kpi-change")))
			.contains("par rapport à la période précédente (du 04/01/2025 au 31/01/2025 : "
					+ grouped(map(compare.get("previous")).get("visits")) + ")");
	}

	@Test
	void aRefusedRangeIsExplainedInFrenchAndClearsTheChartAndCards() {
		open(FEBRUARY);
		assertThat(browser.findElements(By.cssSelector("#kpi-chart svg"))).isNotEmpty();
		submitRange("2025-03-02", "2025-03-01");
		waitText("kpi-status",
				"Requête refusée : La date de début ('from') doit précéder la date de fin ('to') ou lui être égale.");
		assertThat(browser.findElements(By.cssSelector("#kpi-chart *"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("#kpi-cards *"))).isEmpty();
		submitRange("2024-01-01", "2025-01-01");
		waitText("kpi-status", "Requête refusée : La période peut couvrir au plus 366 jours.");
		open("?from=1969-12-31&to=1970-01-10", "kpi-status");
		waitText("kpi-status", "Requête refusée : La date de début ('from') doit être comprise entre 1970 et 2100.");
		assertThat(browser.findElements(By.cssSelector("#kpi-chart *"))).isEmpty();
	}

	@Test
	void everyApiErrorTheFrontCanMeetIsSaidInFrench() {
		open(FEBRUARY);
		@SuppressWarnings("unchecked")
		List<String> messages = (List<String>) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				import('/errors.js').then(({ ApiError, describeError }) => {
				  const e = (status, body) => describeError(new ApiError(status, body));
				  const timeout = new Error('aborted'); timeout.timedOut = true;
				  done([
				    e(400, { error: 'invalid_request', message: 'La période peut couvrir au plus 366 jours' }),
				    e(400, { error: 'validation_failed', message: 'Validation failed' }),
				    e(400, { error: 'malformed_json', message: 'The request body is missing' }),
				    e(404, { error: 'not_found', message: 'Not Found' }),
				    e(405, { error: 'method_not_allowed', message: 'Method Not Allowed' }),
				    e(500, { error: 'internal_error', message: 'Unexpected error' }),
				    e(503, { error: 'service_unavailable', message: 'Service unavailable' }),
				    e(502, { error: 'api_unavailable', message: 'The API is unreachable' }),
				    e(502, { error: 'bad_gateway', message: 'API unreachable at 127.0.0.1:1' }),
				    e(504, null), e(418, null), e(200, null),
				    describeError(new TypeError('Failed to fetch')), describeError(timeout),
				  ]);
				});
				""");
		assertThat(messages).containsExactly("Requête refusée : La période peut couvrir au plus 366 jours.",
				"Requête refusée : certains champs sont invalides. (HTTP 400)",
				"Requête refusée : le contenu envoyé est mal formé. (HTTP 400)",
				"Ressource introuvable sur l'API. (HTTP 404)", "Méthode non autorisée par l'API. (HTTP 405)",
				"Erreur interne de l'API. (HTTP 500)",
				"L'API est momentanément indisponible (arrêt ou redémarrage en cours). (HTTP 503)",
				"L'API est injoignable ou n'a pas répondu à temps. (HTTP 502)",
				"L'API est injoignable ou n'a pas répondu à temps. (HTTP 502)",
				"L'API est injoignable ou en erreur (HTTP 504).", "Erreur inattendue de l'API (HTTP 418).",
				"Réponse inattendue de l'API : ce n'est pas du JSON.", "Erreur réseau : impossible de joindre l'API.",
				"Délai dépassé : l'API n'a pas répondu en 10 s.");
	}

	@Test
	void thePageShowsOneVersionTheOneTheApiReports() {
		open(FEBRUARY);
		String version = (String) api("/api/info").get("version");
		waitText("version", "v" + version);
		String page = browser.findElement(By.tagName("body")).getText();
		Matcher versions = Pattern.compile("\\bv?\\d+\\.\\d+(\\.\\d+)?(-[A-Z]+)?\\b").matcher(page);
		assertThat(versions.results().map(java.util.regex.MatchResult::group)).containsExactly("v" + version);
		assertThat(text(By.cssSelector(".version"))).isEqualTo("v" + version + " – Environnement de démonstration");
	}

	@Test
	void pdfAndCsvLinksFollowTheRangeAndThePdfIsServedThroughTheFront() throws Exception {
		open(FEBRUARY);
		WebElement pdf = browser.findElement(By.id("pdf-link"));
		assertThat(pdf.getText()).isEqualTo("Télécharger le rapport PDF");
		assertThat(pdf.getDomAttribute("href")).isEqualTo("/api/kpis.pdf" + FEBRUARY);
		assertThat(browser.findElement(By.id("csv-link")).getDomAttribute("href"))
			.isEqualTo("/api/kpis.csv" + FEBRUARY);
		browser.findElement(By.xpath("//button[.='7 jours']")).click();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		waitUntil(() -> ("/api/kpis.pdf?from=" + today.minusDays(6) + "&to=" + today)
			.equals(browser.findElement(By.id("pdf-link")).getDomAttribute("href")));
		Map<String, Object> head = api("/api/kpis.pdf" + FEBRUARY, null, true);
		assertThat(head).containsEntry("status", 200L)
			.containsEntry("type", "application/pdf")
			.containsEntry("magic", "%PDF-");
	}

	// --- helpers -------------------------------------------------------------------

	static void open(String query) {
		open(query, "kpi-cards");
	}

	private static void open(String query, String waitFor) {
		browser.get(web + query);
		if ("kpi-cards".equals(waitFor)) {
			waitUntil(() -> !browser.findElements(By.cssSelector("#kpi-cards .kpi-card")).isEmpty()
					&& !browser.findElements(By.cssSelector("#kpi-chart svg.chart")).isEmpty());
		}
	}

	private static void submitRange(String from, String to) {
		((JavascriptExecutor) browser).executeScript("""
				document.getElementById('from').value = arguments[0];
				document.getElementById('to').value = arguments[1];
				document.getElementById('from').dispatchEvent(new Event('input'));
				document.getElementById('kpi-form').requestSubmit();
				""", from, to);
	}

	private static Map<String, Object> api(String path) {
		return api(path, null);
	}

	private static Map<String, Object> api(String path, String body) {
		return api(path, body, false);
	}

	/** Asks the API through the page's own origin, as the front does. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> api(String path, String body, boolean binary) {
		return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
				const [path, body, binary, done] = arguments;
				const init = body ? { method: 'POST', body, headers: { 'Content-Type': 'application/json' } } : {};
				fetch(path, init).then(async (r) => binary
				  ? done({ status: r.status, type: r.headers.get('Content-Type'),
				      magic: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5)) })
				  : done(await r.json()));
				""", path, body, binary);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> day(Map<String, Object> report, int index) {
		return ((List<Map<String, Object>>) report.get("days")).get(index);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> campaign(Map<String, Object> figures, String name) {
		return ((List<Map<String, Object>>) figures.get("campaigns")).stream()
			.filter((c) -> name.equals(c.get("campaign")))
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, Object> campaignTotals(Map<String, Object> report, String name) {
		return campaign(map(report.get("totals")), name);
	}

	static void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until((driver) -> condition.getAsBoolean());
	}

	private static void waitText(String id, String expected) {
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.textMatches(By.id(id), Pattern.compile(Pattern.quote(expected))));
		assertThat(normalized(browser.findElement(By.id(id)).getText())).isEqualTo(expected);
	}

	private static String value(String id) {
		return browser.findElement(By.id(id)).getDomProperty("value");
	}

	private static String text(By by) {
		return normalized(browser.findElement(by).getText());
	}

	private static List<String> texts(By by) {
		return browser.findElements(by).stream().map((e) -> normalized(e.getText())).toList();
	}

	/** French number formatting uses no-break spaces: compare with plain ones. */
	static String normalized(String text) {
		return text.replace('\u202f', ' ').replace('\u00a0', ' ');
	}

	static String grouped(Object number) {
		return String.format(java.util.Locale.ROOT, "%,d", ((Number) number).longValue()).replace(',', ' ');
	}

	private static String decimal(Object number) {
		return String.format(java.util.Locale.ROOT, "%.2f", Math.abs(((Number) number).doubleValue()))
			.replace('.', ',');
	}

	private static String signed(Object number) {
		double value = ((Number) number).doubleValue();
		return ((value > 0) ? "+" : (value < 0) ? "-" : "") + decimal(number);
	}

	private static String fr(LocalDate date) {
		return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	private static long daysBetween(LocalDate from, LocalDate to) {
		return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
	}

}
