package dev.flotilla.clinic.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.flotilla.clinic.ClinicIntegrationTest;
import dev.flotilla.testsupport.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The UI in headless Chromium, as each role: search, the patient page, adding a study,
 * the actions a role may not take left out, user admin, and a phone-sized screen.
 * Screenshots land in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClinicBrowserIT extends ClinicIntegrationTest {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private WebDriver browser;

	private long patient;

	@BeforeAll
	void start() throws Exception {
		this.browser = HeadlessChromium.start("--window-size=1280,900", "--lang=fr-FR");
		this.patient = createPatient(Map.of("patientId", "UI-1", "patientName", "Navigateur^Élodie", "patientBirthDate",
				"1970-01-02", "patientSex", "F"));
		createStudy(Map.of("patient", this.patient, "studyDate", "2023-03-04", "accessionNumber", "UI-ACC-1",
				"studyDescription", "Scanner thoracique", "modalitiesInStudy", List.of("CT")));
		for (String role : List.of("lecture", "modification")) {
			this.mvc
				.perform(withJson(post("/api/users"),
						Map.of("username", "ui-" + role, "password", "mot-de-passe-" + role, "role", role))
					.with(admin()))
				.andReturn();
		}
	}

	@AfterAll
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	@Order(1)
	void lectureSearchesOpensAPatientAndSeesNoWriteAction() throws IOException {
		logIn("ui-lecture", "mot-de-passe-lecture");
		open("/ui/search");
		this.browser.findElement(By.name("name")).sendKeys("elodie");
		this.browser.findElement(By.id("search")).click();
		waitForText(By.id("total"), "1 résultat");
		this.browser.findElement(By.linkText("Navigateur^Élodie")).click();
		waitForText(By.id("patient-name"), "Navigateur^Élodie");
		assertThat(this.browser.findElement(By.id("studies")).getText()).contains("UI-ACC-1", "Scanner thoracique");
		for (String forbidden : List.of("edit-patient", "add-study", "delete-patient", "nav-new-patient",
				"nav-users")) {
			assertThat(this.browser.findElements(By.id(forbidden))).as(forbidden).isEmpty();
		}
		screenshot("lecture-patient.png", 1280);
		open("/ui/patients/new");
		waitForText(By.tagName("h1"), "Accès refusé");
	}

	@Test
	@Order(2)
	void modificationAddsAStudyToThePatient() throws IOException {
		logIn("ui-modification", "mot-de-passe-modification");
		open("/ui/patients/" + this.patient);
		this.browser.findElement(By.id("add-study")).click();
		waitForText(By.tagName("h1"), "Nouvelle étude");
		this.browser.findElement(By.id("accessionNumber")).sendKeys("UI-ACC-2");
		this.browser.findElement(By.id("studyDescription")).sendKeys("IRM cérébrale");
		this.browser.findElement(By.id("modalities")).sendKeys("mr sr");
		this.browser.findElement(By.id("save-study")).click();
		waitForText(By.id("studies"), "UI-ACC-2");
		assertThat(this.browser.findElement(By.id("studies")).getText()).contains("IRM cérébrale", "MR, SR");
		assertThat(this.browser.findElements(By.id("nav-users"))).isEmpty();
		screenshot("modification-patient.png", 1280);
	}

	@Test
	@Order(3)
	void adminCreatesAUser() throws IOException {
		logIn("admin", "admin");
		this.browser.findElement(By.id("nav-users")).click();
		waitForText(By.tagName("h1"), "Utilisateurs");
		this.browser.findElement(By.id("new-username")).sendKeys("ui-created");
		this.browser.findElement(By.id("new-password")).sendKeys("un-mot-de-passe");
		this.browser.findElement(By.cssSelector("#new-role option[value='modification']")).click();
		this.browser.findElement(By.id("create-user")).click();
		waitForText(By.id("message"), "Utilisateur « ui-created » créé.");
		assertThat(this.browser.findElement(By.id("users")).getText()).contains("ui-created");
		screenshot("admin-users.png", 1280);
		this.browser.findElement(By.id("nav-audit")).click();
		waitForText(By.id("audit"), "USER_CREATE");
		assertThat(this.browser.findElement(By.id("audit")).getText()).contains("LOGIN_SUCCESS", "PATIENT_READ");
	}

	@Test
	@Order(5)
	void deletingAPatientAsksFirstThroughTheScriptThePolicyAllows() throws Exception {
		long doomed = createPatient(Map.of("patientId", "UI-DEL", "patientName", "Supprimer^Paul"));
		logIn("ui-modification", "mot-de-passe-modification");
		this.browser.manage().window().setSize(new Dimension(1280, 900));
		open("/ui/patients/" + doomed);
		this.browser.findElement(By.id("delete-patient")).click();
		Alert question = new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.alertIsPresent());
		assertThat(question.getText()).isEqualTo("Supprimer ce patient ?");
		question.dismiss();
		assertThat(patientStatus(doomed)).as("dismissed: still there").isEqualTo(200);
		this.browser.findElement(By.id("delete-patient")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
		await().atMost(Duration.ofSeconds(10)).until(() -> patientStatus(doomed) == 404);
	}

	private int patientStatus(long id) throws Exception {
		return this.mvc.perform(get("/api/patients/" + id).with(lecture())).andReturn().getResponse().getStatus();
	}

	@Test
	@Order(4)
	void phoneSizedPagesHaveNoHorizontalScroll() throws IOException {
		logIn("admin", "admin");
		this.browser.manage().window().setSize(new Dimension(375, 800));
		try {
			for (String path : List.of("/ui/search?name=*", "/ui/patients/" + this.patient, "/ui/admin/users",
					"/ui/patients/" + this.patient + "/studies/new")) {
				open(path);
				JavascriptExecutor js = (JavascriptExecutor) this.browser;
				long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
				long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth"))
					.longValue();
				assertThat(innerWidth).as("viewport width").isBetween(360L, 380L);
				assertThat(scrollWidth).as("width of %s at %d px", path, innerWidth).isLessThanOrEqualTo(innerWidth);
			}
			open("/ui/patients/" + this.patient);
			screenshot("phone-patient.png", 375);
		}
		finally {
			this.browser.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	private void logIn(String username, String password) {
		this.browser.manage().deleteAllCookies();
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("login")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/ui/search"));
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

	private void waitForText(By locator, String text) {
		new WebDriverWait(this.browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
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
