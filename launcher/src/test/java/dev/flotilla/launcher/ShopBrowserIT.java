package dev.flotilla.launcher;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.flotilla.testsupport.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shop's built front ({@code shop/web/dist}) in headless Chromium, served by the
 * launcher's static server in front of the real API jar on a fresh in-memory database: a
 * client searches, adds to the cart, orders and sees the stock go down; the admin edits a
 * price.
 */
class ShopBrowserIT {

	private static final Path ROOT = Launcher.findRoot(Path.of("").toAbsolutePath());

	private static Process api;

	private static StaticSiteServer web;

	private static WebDriver browser;

	private static String base;

	@BeforeAll
	static void start() throws Exception {
		Path jar = ROOT.resolve("shop/api/target/shop-api.jar");
		Path dist = ROOT.resolve("shop/web/dist");
		assertThat(jar).as("shop-api jar (the reactor builds shop/api before launcher)").isRegularFile();
		assertThat(dist.resolve("index.html")).as("shop/web/dist (the reactor builds shop/web first)").isRegularFile();
		browser = HeadlessChromium.start("--lang=fr-FR", "--window-size=1280,900");
		int apiPort = FreePorts.find();
		Path log = Files.createDirectories(ROOT.resolve("launcher/target/it-logs")).resolve("shop-api-browser.log");
		ProcessBuilder builder = new ProcessBuilder(ChildProcess.javaCommand(), "-jar", jar.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(new File(System.getProperty("java.io.tmpdir")));
		builder.environment().put("SERVER_PORT", Integer.toString(apiPort));
		builder.environment()
			.put("SPRING_DATASOURCE_URL", "jdbc:h2:mem:shop-browser;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
		api = builder.start();
		HttpClient http = HttpClient.newHttpClient();
		URI ready = URI.create("http://127.0.0.1:" + apiPort + "/actuator/health/readiness");
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
			assertThat(api.isAlive()).as("shop-api exited; see " + log).isTrue();
			return http.send(HttpRequest.newBuilder(ready).build(), BodyHandlers.discarding()).statusCode() == 200;
		});
		SystemSpec spec = new SystemSpec("shop-web", 0, new Kind.StaticSite(dist, "shop-api", true), "/",
				SystemSpec.NO_CREDENTIALS);
		web = StaticSiteServer.start(spec, dist, apiPort, true);
		base = "http://127.0.0.1:" + web.port();
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
		if (web != null) {
			web.close();
		}
		if (api != null) {
			api.destroy();
		}
	}

	@Test
	void aClientSearchesOrdersAndSeesTheStockGoDown() {
		browser.get(base + "/connexion");
		click(By.xpath("//button[contains(., 'Inscrivez-vous')]"));
		type(By.name("nomUtilisateur"), "cliente_navigateur");
		type(By.name("motDePasse"), "mot-de-passe-solide");
		click(By.xpath("//button[@type='submit' and contains(., 'Créer mon compte')]"));
		waitFor(By.xpath("//button[contains(., 'Se déconnecter')]"));

		type(By.name("q"), "souris gamer");
		click(By.xpath("//form[@role='search']//button[@type='submit']"));
		click(By.linkText("Souris gamer 26 000 DPI"));
		WebElement stock = waitFor(By.cssSelector("[data-testid=stock]"));
		int before = Integer.parseInt(stock.getText().replaceAll("\\D", ""));

		click(By.xpath("//button[contains(., 'Ajouter au panier')]"));
		waitText(By.cssSelector("[role=status]"), "Ajouté au panier");
		click(By.linkText("Panier"));
		click(By.xpath("//button[contains(., 'Valider la commande')]"));
		waitText(By.cssSelector("[role=status]"), "validée");

		click(By.linkText("Catalogue"));
		type(By.name("q"), "souris gamer");
		click(By.xpath("//form[@role='search']//button[@type='submit']"));
		click(By.linkText("Souris gamer 26 000 DPI"));
		waitText(By.cssSelector("[data-testid=stock]"), (before - 1) + " en stock");
	}

	@Test
	void theAdminEditsAPrice() {
		browser.get(base + "/connexion");
		type(By.name("nomUtilisateur"), "admin");
		type(By.name("motDePasse"), "admin123");
		click(By.xpath("//button[@type='submit']"));
		waitFor(By.xpath("//h1[contains(., 'Administration des produits')]"));
		type(By.xpath("//form[@role='search']//input"), "trackball");
		click(By.xpath("//form[@role='search']//button[@type='submit']"));
		click(By.xpath("//tr[td[contains(., 'Trackball ergonomique')]]//button[contains(., 'Modifier')]"));
		WebElement price = waitFor(By.name("prix"));
		price.clear();
		price.sendKeys("64,90");
		click(By.xpath("//button[@type='submit' and contains(., 'Enregistrer')]"));
		waitText(By.cssSelector("[role=status]"), "enregistré");
		waitText(By.xpath("//tr[td[contains(., 'Trackball ergonomique')]]"), "64,90");

		click(By.xpath("//button[contains(., 'Se déconnecter')]"));
		browser.get(base + "/?q=trackball");
		waitText(By.cssSelector(".carte .prix"), "64,90");
	}

	private static WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private static void waitText(By locator, String text) {
		try {
			new WebDriverWait(browser, Duration.ofSeconds(20))
				.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
		}
		catch (TimeoutException ex) {
			// Say what the person would have seen instead (an error beside a field, an alert).
			throw new AssertionError("'" + text + "' not shown in " + locator + "; the page's main text was: "
					+ browser.findElement(By.tagName("main")).getText(), ex);
		}
	}

	private static void click(By locator) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(locator))
			.click();
	}

	private static void type(By locator, String text) {
		WebElement field = waitFor(locator);
		field.clear();
		field.sendKeys(text);
	}

}
