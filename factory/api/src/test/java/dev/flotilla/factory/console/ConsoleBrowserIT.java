package dev.flotilla.factory.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import dev.flotilla.factory.Api;
import dev.flotilla.factory.build.WorkerControls;
import dev.flotilla.factory.user.Accounts;
import dev.flotilla.factory.user.Role;
import dev.flotilla.testsupport.Axe;
import dev.flotilla.testsupport.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in headless Chromium: a developer signs in, creates a project, starts a
 * build and watches its log grow to a final state without a reload, cancels a running
 * build and retries it, and is refused the users page; an admin manages users; every page
 * has no critical or serious axe-core violation and no horizontal scroll at 375 px.
 * Screenshots land in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:factory-console;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
		"factory.builds.seed=42", "factory.builds.time-scale=0.5", "factory.builds.poll-interval=50ms" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final String PASSWORD = "console-passw0rd";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Accounts accounts;

	private WebDriver browser;

	private String developer;

	private String projectPath;

	private final List<String> axeProblems = new ArrayList<>();

	@BeforeAll
	void start() throws IOException {
		this.developer = Api.unique("ui-dev");
		this.accounts.create(this.developer, PASSWORD, Role.DEVELOPER).orElseThrow();
		this.browser = HeadlessChromium.start("--window-size=1280,900", "--lang=fr-FR");
	}

	@AfterAll
	void stop() {
		WorkerControls.timeScale(this.context, 0.5);
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	@Order(1)
	void signInPageIsFrenchAndRefusesAWrongPassword() throws IOException {
		open("/ui/projects");
		waitForText(By.tagName("h1"), "Connexion");
		axe("connexion");
		this.browser.findElement(By.id("username")).sendKeys(this.developer);
		this.browser.findElement(By.id("password")).sendKeys("pas-le-bon");
		this.browser.findElement(By.id("login")).click();
		waitForText(By.id("problem"), "Identifiants invalides");
		screenshot("login.png", 1280);
	}

	@Test
	@Order(2)
	void developerCreatesAProject() throws IOException {
		logIn(this.developer, PASSWORD);
		waitForText(By.tagName("h1"), "Projets");
		assertThat(this.browser.findElements(By.id("nav-users"))).isEmpty();
		// keyboard: the first Tab reaches the skip link, drawn with a visible outline
		this.browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		assertThat(js.executeScript("return document.activeElement.textContent")).isEqualTo("Aller au contenu");
		assertThat(js.executeScript("return getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
		this.browser.findElement(By.id("name")).sendKeys("Console démo");
		this.browser.findElement(By.id("repo")).sendKeys("pas une url");
		this.browser.findElement(By.id("create-project")).click();
		waitForText(By.id("repo-error"), "Le dépôt doit être l’URL d’un dépôt");
		axe("projets, formulaire refusé");
		this.browser.findElement(By.id("repo")).clear();
		this.browser.findElement(By.id("repo")).sendKeys("https://git.example.org/console-demo");
		this.browser.findElement(By.id("create-project")).click();
		waitForText(By.id("message"), "Projet « Console démo » créé.");
		waitForText(By.id("empty"), "Aucun build");
		this.projectPath = java.net.URI.create(this.browser.getCurrentUrl()).getPath();
		assertThat(this.projectPath).matches("/ui/projects/\\d+");
		axe("projet sans build");
	}

	@Test
	@Order(3)
	void buildLogGrowsLiveToAFinalStateWithoutReload() throws IOException {
		WorkerControls.timeScale(this.context, 0.6);
		open(this.projectPath);
		this.browser.findElement(By.id("start-build")).click();
		waitForText(By.id("message"), "Build n° 1 lancé.");
		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		js.executeScript("window.sameDocument = true;");
		waitForText(By.id("log"), "[1/");
		String early = this.browser.findElement(By.id("log")).getText();
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).until((driver) -> {
			String now = driver.findElement(By.id("log")).getText();
			return now.length() > early.length() && now.startsWith(early.substring(0, Math.min(early.length(), 20)));
		});
		new WebDriverWait(this.browser, Duration.ofSeconds(40))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("end"), "Build terminé"));
		String end = this.browser.findElement(By.id("end")).getText();
		assertThat(end).containsAnyOf("Réussi", "Échoué");
		assertThat(this.browser.findElement(By.id("status")).getText()).isIn("Réussi", "Échoué");
		assertThat(this.browser.findElement(By.id("duration")).getText()).matches("\\d+,\\d s");
		assertThat(this.browser.findElement(By.id("log")).getText()).containsPattern("Build (succeeded|failed)");
		assertThat(js.executeScript("return window.sameDocument === true")).as("no reload").isEqualTo(true);
		assertThat(this.browser.findElement(By.id("retry-form")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.id("cancel-form")).isDisplayed()).isFalse();
		axe("build terminé");
		screenshot("build-finished.png", 1280);
	}

	@Test
	@Order(4)
	void runningBuildIsCancelledThenRetried() throws IOException {
		// a hundred times slower than real time: the build is still running when
		// cancelled
		WorkerControls.timeScale(this.context, 100);
		open(this.projectPath);
		this.browser.findElement(By.id("start-build")).click();
		waitForText(By.id("message"), "Build n° 2 lancé.");
		waitForText(By.id("status"), "En cours");
		// followed through the SSE stream, not the polling fallback
		waitForText(By.id("log-state"), "Suivi du journal en direct");
		waitForText(By.id("duration"), "s (en cours)");
		axe("build en cours");
		screenshot("build-running.png", 1280);
		this.browser.findElement(By.id("cancel")).click();
		waitForText(By.id("message"), "Build n° 2 annulé.");
		waitForText(By.id("end"), "Build terminé : Annulé.");
		assertThat(this.browser.findElement(By.id("log")).getText()).contains("Cancelled by " + this.developer);
		WorkerControls.timeScale(this.context, 0.05);
		this.browser.findElement(By.id("retry")).click();
		waitForText(By.id("message"), "Build n° 3 lancé (relance du n° 2).");
		new WebDriverWait(this.browser, Duration.ofSeconds(40))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("end"), "Build terminé"));
		open(this.projectPath);
		String history = this.browser.findElement(By.id("builds")).getText();
		assertThat(history).contains("n° 3", "n° 2", "n° 1", "Annulé", "relance du n° 2");
		assertThat(this.browser.findElement(By.id("total")).getText()).isEqualTo("3 builds");
		assertThat(history).containsPattern("il y a \\d+ (seconde|minute)s?|maintenant");
		axe("historique du projet");
		screenshot("project-history.png", 1280);
		open("/ui/projects?q=console");
		assertThat(this.browser.findElement(By.id("projects")).getText()).contains("Console démo");
		assertThat(this.browser.findElement(By.id("total")).getText()).isEqualTo("1 projet pour « console »");
		axe("projets");
		screenshot("projects.png", 1280);
	}

	@Test
	@Order(5)
	void developerIsRefusedTheUsersPage() {
		assertThat(this.browser.findElements(By.id("nav-users"))).isEmpty();
		open("/ui/users");
		waitForText(By.tagName("h1"), "Accès refusé");
		axe("accès refusé");
	}

	@Test
	@Order(6)
	void adminCreatesAUserAndChangesItsRole() throws IOException {
		logIn("admin", "admin123");
		this.browser.findElement(By.id("nav-users")).click();
		waitForText(By.tagName("h1"), "Utilisateurs");
		this.browser.findElement(By.id("new-username")).sendKeys("ui-created");
		this.browser.findElement(By.id("new-password")).sendKeys("court");
		this.browser.findElement(By.id("create-user")).click();
		waitForText(By.id("password-error"), "Le mot de passe doit compter 8 à 72 caractères.");
		this.browser.findElement(By.id("new-password")).sendKeys("-mais-plus-long");
		this.browser.findElement(By.id("create-user")).click();
		waitForText(By.id("message"), "Utilisateur « ui-created » créé.");
		assertThat(this.browser.findElement(By.id("users")).getText()).contains("ui-created");
		long id = this.accounts.list()
			.stream()
			.filter((user) -> user.username().equals("ui-created"))
			.findFirst()
			.orElseThrow()
			.id();
		long adminId = this.accounts.list()
			.stream()
			.filter((user) -> user.username().equals("admin"))
			.findFirst()
			.orElseThrow()
			.id();
		// this database's only admin keeps the role
		this.browser.findElement(By.cssSelector("#role-" + adminId + " option[value='developer']")).click();
		this.browser.findElement(By.id("save-role-" + adminId)).click();
		waitForText(By.id("problem"), "C’est le seul compte admin : nommez d’abord un autre admin.");
		this.browser.findElement(By.cssSelector("#role-" + id + " option[value='admin']")).click();
		this.browser.findElement(By.id("save-role-" + id)).click();
		waitForText(By.id("message"), "Rôle changé en admin");
		assertThat(this.accounts.list().stream().filter((user) -> user.id() == id).findFirst().orElseThrow().role())
			.isEqualTo(Role.ADMIN);
		axe("utilisateurs");
		screenshot("users.png", 1280);
	}

	@Test
	@Order(7)
	void phoneSizedPagesHaveNoHorizontalScroll() throws IOException {
		this.browser.manage().window().setSize(new Dimension(375, 800));
		try {
			for (String path : List.of("/ui/projects", this.projectPath, this.projectPath + "/builds/2", "/ui/users")) {
				open(path);
				JavascriptExecutor js = (JavascriptExecutor) this.browser;
				long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
				long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth"))
					.longValue();
				assertThat(innerWidth).as("viewport width").isBetween(360L, 380L);
				assertThat(scrollWidth).as("width of %s at %d px", path, innerWidth).isLessThanOrEqualTo(innerWidth);
				axe(path + " à 375 px");
			}
			open(this.projectPath);
			screenshot("phone-project.png", 375);
			open(this.projectPath + "/builds/1");
			screenshot("phone-build.png", 375);
			open("/ui/projects");
			screenshot("phone-projects.png", 375);
		}
		finally {
			this.browser.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	@Test
	@Order(8)
	void noPageHasACriticalOrSeriousAxeViolation() {
		assertThat(this.axeProblems).isEmpty();
	}

	private void logIn(String username, String password) {
		this.browser.manage().deleteAllCookies();
		open("/ui/login");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("login")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/ui/projects"));
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

	private void waitForText(By locator, String text) {
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	/** Record axe-core's critical and serious violations on the current page. */
	private void axe(String page) {
		List<String> problems = Axe.seriousViolations(this.browser, page);
		System.out.println("axe " + page + ": " + problems.size() + " critical or serious violation(s)");
		this.axeProblems.addAll(problems);
	}

	private void screenshot(String name, int width) throws IOException {
		Dimension size = this.browser.manage().window().getSize();
		long height = ((Number) ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollHeight")).longValue();
		this.browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 150, 4000)));
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
		}
		finally {
			this.browser.manage().window().setSize(size);
		}
	}

}
