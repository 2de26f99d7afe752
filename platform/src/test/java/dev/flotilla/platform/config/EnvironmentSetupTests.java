package dev.flotilla.platform.config;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The environment every system starts with: platform defaults, the {@code .env} file,
 * {@code DATABASE_URL} and {@code LOG_FORMAT}.
 */
class EnvironmentSetupTests {

	@TempDir
	Path dir;

	@Test
	void readsTheDotenvFile() throws Exception {
		Path dotenv = Files.writeString(this.dir.resolve(".env"), "# local settings\nAPP_ENV=recette\nBANNER=Hello\n");
		Environment environment = start("--platform.dotenv.path=" + dotenv);
		assertThat(environment.getProperty("APP_ENV")).isEqualTo("recette");
		assertThat(environment.getProperty("BANNER")).isEqualTo("Hello");
	}

	@Test
	void environmentWinsOverTheDotenvFile() throws Exception {
		Path dotenv = Files.writeString(this.dir.resolve(".env"), "APP_ENV=from-dotenv\n");
		Environment environment = start("--platform.dotenv.path=" + dotenv, "--APP_ENV=from-environment");
		assertThat(environment.getProperty("APP_ENV")).isEqualTo("from-environment");
	}

	@Test
	void aMissingDotenvFileIsFine() {
		Environment environment = start("--platform.dotenv.path=" + this.dir.resolve("absent.env"));
		assertThat(environment.getProperty("APP_ENV")).isNull();
	}

	@Test
	void platformDefaultsApplyAndTheSystemCanOverrideThem() {
		Environment environment = start("--server.shutdown=immediate");
		assertThat(environment.getProperty("springdoc.swagger-ui.path")).isEqualTo("/apidocs");
		assertThat(environment.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
		assertThat(environment.getProperty("server.shutdown")).isEqualTo("immediate");
	}

	@Test
	void prodProfileMakesCookiesSecureAndMovesTheActuatorToItsOwnPort() {
		Environment environment = start("--spring.profiles.active=prod", "--TEST_SECRET=a-real-one");
		assertThat(environment.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
		assertThat(environment.getProperty("management.server.port")).isEqualTo("9090");
	}

	@Test
	void prodDefaultsStayDefaults() {
		Environment environment = start("--spring.profiles.active=prod", "--TEST_SECRET=a-real-one",
				"--management.server.port=9191");
		assertThat(environment.getProperty("management.server.port")).isEqualTo("9191");
	}

	@Test
	void withoutProdNeitherApplies() {
		Environment environment = start();
		assertThat(environment.getProperty("server.servlet.session.cookie.secure")).isNull();
		assertThat(environment.getProperty("management.server.port")).isNull();
	}

	@Test
	void jwtIssuerDefaultsToTheApplicationName() {
		Environment environment = start("--spring.application.name=orders-api");
		assertThat(environment.getProperty("platform.security.jwt.issuer")).isEqualTo("orders-api");
	}

	@Test
	void databaseUrlFromTheDotenvFileBecomesTheDatasource() throws Exception {
		Path dotenv = Files.writeString(this.dir.resolve(".env"),
				"DB_URL=postgresql+psycopg2://usine:usine@db:5432/usine\n");
		Environment environment = start("--platform.dotenv.path=" + dotenv);
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/usine");
		assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("usine");
		assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("usine");
	}

	@Test
	void databaseUrlWinsOverThePackagedDatasource() {
		Environment environment = start("--spring.datasource.url=jdbc:h2:mem:x",
				"--DATABASE_URL=mysql+pymysql://clinic:pw@db:3306/clinic");
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:mariadb://db:3306/clinic");
	}

	@Test
	void logFormatJsonSwitchesToStructuredLogs() {
		assertThat(start("--LOG_FORMAT=json").getProperty("logging.structured.format.console")).isEqualTo("ecs");
		assertThat(start("--LOG_FORMAT=text").getProperty("logging.structured.format.console")).isNull();
	}

	static Environment start(String... args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
			.web(WebApplicationType.NONE)
			.run(args)) {
			return context.getEnvironment();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
