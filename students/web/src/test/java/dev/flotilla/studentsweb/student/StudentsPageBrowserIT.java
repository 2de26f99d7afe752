package dev.flotilla.studentsweb.student;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.flotilla.testsupport.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page in headless Chromium over the fake API (or over a real one at
 * {@code STUDENTS_IT_API_URL}, credentials root/root; the API-down step then skips): the
 * seed's lines listed once, sign-in for writes, add, edit mode and rename, delete after a
 * confirmation, sign-out, with axe-core (no critical or serious violation) on every page.
 * Screenshots land in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "students-web.username=root", "students-web.password=root" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudentsPageBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final String LONG_NAME = "Marie-Thérèse d’Arc-en-Ciel de la Grande Montagne Enneigée";

	private static @Nullable FakeStudentsApi fake;

	private static @Nullable WebDriver browser;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void api(DynamicPropertyRegistry registry) throws IOException {
		String real = System.getenv("STUDENTS_IT_API_URL");
		if (real != null && !real.isBlank()) {
			registry.add("students-web.api-url", () -> real);
			return;
		}
		FakeStudentsApi api = FakeStudentsApi.start();
		api.put(LONG_NAME, "21");
		fake = api;
		registry.add("students-web.api-url", () -> api.url().toString());
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = HeadlessChromium.start("--window-size=1280,900", "--lang=fr-FR");
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
		if (fake != null) {
			fake.close();
		}
	}

	@Test
	@Order(1)
	void listStudentPrintsTheSeedLinesOnceAndNoWriteFormsWhenAnonymous() throws IOException {
		WebDriver page = open("/");
		assertThat(page.getTitle()).isEqualTo("Student Checking App");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Student Checking App");
		assertNoSeriousAxeViolations("home");
		page.findElement(By.xpath("//button[normalize-space()='List Student']")).click();
		waitForText(By.id("student-lines"), "- alice is 12 years old");
		assertThat(page.findElement(By.id("student-lines")).getText()).contains("- bob is 13 years old");
		assertThat(page.findElement(By.tagName("main")).getText().split("alice", -1)).as("alice listed once")
			.hasSize(2);
		assertThat(page.findElements(By.tagName("table"))).isEmpty();
		assertThat(page.findElements(By.id("student-form"))).isEmpty();
		assertThat(page.findElements(By.xpath("//main//a[starts-with(normalize-space(),'Supprimer')]"))).isEmpty();
		assertThat(page.findElement(By.id("sign-in-hint")).getText()).contains("Connectez-vous");
		assertNoSeriousAxeViolations("list, anonymous");
		screenshot("desktop.png", 1280);
	}

	@Test
	@Order(2)
	void signInOnThePageChecksTheCredentialsWithTheApi() throws IOException {
		WebDriver page = open("/students");
		page.findElement(By.id("sign-in-link")).click();
		waitForText(By.tagName("h1"), "Se connecter");
		assertNoSeriousAxeViolations("sign-in");
		signIn(page, "root", "wrong");
		waitForText(By.id("failure"), "Nom d'utilisateur ou mot de passe incorrect.");
		assertNoSeriousAxeViolations("sign-in, refused");
		signIn(page, FakeStudentsApi.USERNAME, FakeStudentsApi.PASSWORD);
		waitForText(By.id("signed-in-as"), "Connecté(e) : root");
		assertThat(page.findElement(By.id("form-title")).getText()).isEqualTo("Ajouter un étudiant");
		assertNoSeriousAxeViolations("list, signed in");
	}

	@Test
	@Order(3)
	void addAStudentThroughTheForm() {
		WebDriver page = open("/students");
		page.findElement(By.id("name")).sendKeys("Zoé");
		page.findElement(By.id("age")).sendKeys("14");
		page.findElement(By.id("save-student")).click();
		waitForText(By.id("student-lines"), "- Zoé is 14 years old");
		assertThat(page.findElement(By.id("notice")).getText()).isEqualTo("Zoé a été ajouté(e) : 14 ans.");
	}

	@Test
	@Order(4)
	void editModeIsVisibleCancellableAndARenameIsARename() throws IOException {
		WebDriver page = open("/students");
		action(page, "alice", "Modifier").click();
		waitForText(By.id("form-title"), "Modifier alice");
		assertThat(page.findElement(By.id("save-student")).getText()).isEqualTo("Enregistrer");
		assertThat(page.findElement(By.cssSelector("#student-lines li[aria-current='true']")).getText())
			.startsWith("- alice is 12 years old");
		assertNoSeriousAxeViolations("edit mode");
		screenshot("edit.png", 1280);
		page.findElement(By.id("cancel-edit")).click();
		waitForText(By.id("form-title"), "Ajouter un étudiant");
		action(page, "alice", "Modifier").click();
		waitForText(By.id("form-title"), "Modifier alice");
		page.findElement(By.id("name")).clear();
		page.findElement(By.id("name")).sendKeys("Alicia");
		page.findElement(By.id("age")).clear();
		page.findElement(By.id("age")).sendKeys("13");
		page.findElement(By.id("save-student")).click();
		waitForText(By.id("notice"), "alice a été renommé(e) en Alicia : 13 ans.");
		String lines = page.findElement(By.id("student-lines")).getText();
		assertThat(lines).contains("- Alicia is 13 years old").doesNotContain("- alice is");
		assertThat(page.findElement(By.id("form-title")).getText()).isEqualTo("Ajouter un étudiant");
	}

	@Test
	@Order(5)
	void deleteAsksForConfirmationNamingTheStudent() throws IOException {
		WebDriver page = open("/students");
		action(page, "bob", "Supprimer").click();
		waitForText(By.tagName("h1"), "Supprimer bob ?");
		assertThat(page.findElement(By.id("confirm-text")).getText()).contains("bob (13 ans)");
		assertNoSeriousAxeViolations("delete confirmation");
		screenshot("confirm-delete.png", 375);
		page.findElement(By.id("cancel-delete")).click();
		waitForText(By.id("student-lines"), "- bob is 13 years old");
		action(page, "bob", "Supprimer").click();
		waitForText(By.id("confirm-delete-button"), "Supprimer bob");
		page.findElement(By.id("confirm-delete-button")).click();
		waitForText(By.id("notice"), "bob a été supprimé(e).");
		assertThat(page.findElement(By.id("student-lines")).getText()).doesNotContain("- bob is");
	}

	@Test
	@Order(6)
	void phoneSizedPageHasNoHorizontalScroll() throws IOException {
		WebDriver page = browser();
		page.manage().window().setSize(new Dimension(375, 800));
		try {
			open("/students");
			waitForText(By.id("student-lines"), "- Alicia is 13 years old");
			JavascriptExecutor js = (JavascriptExecutor) page;
			long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
			long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
			assertThat(innerWidth).as("viewport width").isBetween(360L, 380L);
			assertThat(scrollWidth).as("page width at %d px", innerWidth).isLessThanOrEqualTo(innerWidth);
			screenshot("phone.png", 375);
		}
		finally {
			page.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	@Test
	@Order(7)
	void signOutEndsWriting() throws IOException {
		WebDriver page = open("/students");
		page.findElement(By.id("sign-out")).click();
		waitForText(By.id("signed-out"), "Vous êtes déconnecté(e).");
		assertThat(page.findElements(By.id("student-form"))).isEmpty();
		assertNoSeriousAxeViolations("list, signed out");
		open("/nope");
		waitForText(By.tagName("h1"), "Page introuvable");
		assertNoSeriousAxeViolations("error page");
		open("/students/delete?name=Zo%C3%A9");
		waitForText(By.tagName("h1"), "Se connecter");
	}

	@Test
	@Order(8)
	void apiDownIsSaidOnThePage() throws IOException {
		FakeStudentsApi api = fake;
		Assumptions.assumeTrue(api != null, "a real API is not stopped by this test");
		api.close();
		WebDriver page = open("/");
		page.findElement(By.id("list-students")).click();
		waitForText(By.id("failure"), "L'API est injoignable");
		assertThat(page.findElements(By.id("student-lines"))).isEmpty();
		screenshot("api-down.png", 375);
	}

	private static void signIn(WebDriver page, String username, String password) {
		page.findElement(By.id("username")).sendKeys(username);
		page.findElement(By.id("password")).sendKeys(password);
		page.findElement(By.id("sign-in")).click();
	}

	/** The "Modifier" or "Supprimer" link on a student's line. */
	private static WebElement action(WebDriver page, String name, String label) {
		return page.findElement(By.xpath("//li[span[@class='seed-line' and starts-with(normalize-space(), '- " + name
				+ " is ')]]//a[starts-with(normalize-space(), '" + label + "')]"));
	}

	/** axe-core on the current page: no critical or serious violation. */
	@SuppressWarnings("unchecked")
	private static void assertNoSeriousAxeViolations(String page) throws IOException {
		String source;
		try (InputStream in = StudentsPageBrowserIT.class.getResourceAsStream("/axe-core/axe.min.js")) {
			assertThat(in).as("vendored axe-core").isNotNull();
			source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		JavascriptExecutor js = (JavascriptExecutor) browser();
		js.executeScript(source);
		Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document).then((r) => done({ passes: r.passes.length,
				  violations: r.violations.map((v) => ({ id: v.id, impact: v.impact,
				    nodes: v.nodes.map((n) => n.target.join(' ')).join(', ') })) }));
				""");
		// Rules that passed: axe really looked at the page.
		assertThat(((Number) result.get("passes")).intValue()).as("axe rules passed on %s", page).isGreaterThan(10);
		List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
		assertThat(violations.stream()
			.filter((v) -> "critical".equals(v.get("impact")) || "serious".equals(v.get("impact")))
			.map((v) -> v.get("id") + " (" + v.get("impact") + ") " + v.get("nodes"))
			.toList()).as("axe critical/serious violations on %s", page).isEmpty();
	}

	private WebDriver open(String path) {
		WebDriver page = browser();
		page.get("http://127.0.0.1:" + this.port + path);
		return page;
	}

	private static void waitForText(By locator, String text) {
		new WebDriverWait(browser(), Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	/**
	 * The whole page: the window is made as tall as the page for the shot, then restored.
	 */
	private static void screenshot(String name, int width) throws IOException {
		WebDriver page = browser();
		Dimension size = page.manage().window().getSize();
		long height = ((Number) ((JavascriptExecutor) page)
			.executeScript("return document.documentElement.scrollHeight")).longValue();
		page.manage().window().setSize(new Dimension(width, (int) Math.min(height + 150, 4000)));
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) page).getScreenshotAs(OutputType.BYTES));
		}
		finally {
			page.manage().window().setSize(size);
		}
	}

	private static WebDriver browser() {
		assertThat(browser).as("Chromium").isNotNull();
		return browser;
	}

}
