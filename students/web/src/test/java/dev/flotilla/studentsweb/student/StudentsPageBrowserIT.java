package dev.flotilla.studentsweb.student;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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
 * {@code STUDENTS_IT_API_URL}, credentials root/root; the API-down step then skips).
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
	void listStudentShowsOneLinePerStudent() throws IOException {
		WebDriver page = open("/");
		assertThat(page.getTitle()).isEqualTo("Student Checking App");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Student Checking App");
		page.findElement(By.xpath("//button[normalize-space()='List Student']")).click();
		waitForText(By.id("student-lines"), "- alice are 12 years old");
		assertThat(page.findElement(By.id("student-lines")).getText()).contains("- bob are 13 years old");
		assertThat(page.findElement(By.id("student-table")).getText()).contains("alice", "12");
		screenshot("desktop.png", 1280);
	}

	@Test
	@Order(2)
	void addAStudentThroughTheForm() {
		WebDriver page = open("/students");
		page.findElement(By.id("name")).sendKeys("Zoé");
		page.findElement(By.id("age")).sendKeys("14");
		page.findElement(By.id("save-student")).click();
		waitForText(By.id("student-lines"), "- Zoé are 14 years old");
		assertThat(page.findElement(By.id("notice")).getText()).isEqualTo("Zoé a été ajouté(e) : 14 ans.");
	}

	@Test
	@Order(3)
	void deleteAStudentFromTheTable() {
		WebDriver page = open("/students");
		page.findElement(By.xpath("//tr[th[normalize-space()='bob']]//button")).click();
		waitForText(By.id("notice"), "bob a été supprimé(e).");
		assertThat(page.findElement(By.id("student-lines")).getText()).doesNotContain("- bob are");
	}

	@Test
	@Order(4)
	void phoneSizedPageHasNoHorizontalScroll() throws IOException {
		WebDriver page = browser();
		page.manage().window().setSize(new Dimension(375, 800));
		try {
			open("/students");
			waitForText(By.id("student-lines"), "- alice are 12 years old");
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
	@Order(5)
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
