package dev.flotilla.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

class ComposeFileTests {

	private static final String COMPOSE_FILE = "deploy/compose/compose.yaml";

	private static Map<String, Object> compose;

	private static Map<String, Object> services;

	@BeforeAll
	static void readComposeFile() throws IOException {
		try (Reader reader = Files.newBufferedReader(Repository.resolve(COMPOSE_FILE), StandardCharsets.UTF_8)) {
			compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			services = map(compose.get("services"));
		}
	}

	@Test
	void composeV1AcceptsTheFile() throws Exception {
		// Debian's docker-compose 1.29 is the stricter reader: it rejects keys that v2
		// ignores.
		Path file = Repository.resolve(COMPOSE_FILE);
		ExternalTool.Result result = ExternalTool.require("docker-compose")
			.run(Duration.ofSeconds(60), "-f", file.toString(), "config", "-q");

		assertThat(result.exitCode()).as("docker-compose config: %s", result.stderr()).isZero();
	}

	@Test
	void apiPublishesItsContainerPortOn8080() {
		assertThat(service("api").get("ports")).asInstanceOf(LIST).containsExactly("8080:8000");
	}

	@Test
	void frontPublishesNginxOn8081() {
		assertThat(service("front").get("ports")).asInstanceOf(LIST).containsExactly("8081:80");
	}

	@Test
	void everyServiceHasAHealthCheck() {
		assertThat(map(service("api").get("healthcheck")).get("test").toString()).contains("/health");
		assertThat(map(service("front").get("healthcheck")).get("test").toString()).contains("/healthz");
		assertThat(List.of("students-api", "website"))
			.allSatisfy((name) -> assertThat(map(service(name).get("healthcheck")).get("test").toString())
				.contains("/actuator/health/readiness"));
	}

	@Test
	void frontStartsOnceTheApiIsHealthy() {
		Map<String, Object> dependsOn = map(service("front").get("depends_on"));

		assertThat(map(dependsOn.get("api"))).containsEntry("condition", "service_healthy");
	}

	@Test
	void frontProxiesToTheApiOnTheComposeNetwork() {
		assertThat(map(service("front").get("environment"))).containsEntry("API_UPSTREAM", "http://api:8000");
	}

	@Test
	void studentsApiPublishes5000AndKeepsItsDataOnANamedVolume() {
		assertThat(service("students-api").get("ports")).asInstanceOf(LIST).containsExactly("5000:5000");
		assertThat(service("students-api").get("volumes")).asInstanceOf(LIST).containsExactly("students_data:/data");
		assertThat(map(compose.get("volumes"))).containsKey("students_data");
	}

	@Test
	void studentsApiAnswersToApiOnlyOnTheStudentsNetwork() {
		// DataPress owns the service name `api` on the default network; the page's
		// http://api:5000 must reach the students API, never DataPress's.
		Map<String, Object> networks = map(service("students-api").get("networks"));
		assertThat(networks).containsOnlyKeys("students");
		assertThat(map(networks.get("students")).get("aliases")).asInstanceOf(LIST).containsExactly("api");
		assertThat(service("website").get("networks")).asInstanceOf(LIST).containsExactly("students");
		assertThat(service("api")).doesNotContainKey("networks");
		assertThat(service("front")).doesNotContainKey("networks");
	}

	@Test
	void studentsApiCredentialsComeFromVariablesWithLocalDefaults() {
		assertThat(map(service("students-api").get("environment")))
			.containsEntry("STUDENTS_USERNAME", "${STUDENTS_USERNAME:-root}")
			.containsEntry("STUDENTS_PASSWORD", "${STUDENTS_PASSWORD:-root}");
	}

	@Test
	void websiteCallsTheApiWithTheSeedsVariables() {
		// Not ${USERNAME}: Compose would take the shell's USERNAME (the OS login) first.
		assertThat(map(service("website").get("environment"))).containsEntry("API_URL", "http://api:5000")
			.containsEntry("USERNAME", "${STUDENTS_WEB_USERNAME:-root}")
			.containsEntry("PASSWORD", "${STUDENTS_WEB_PASSWORD:-root}");
		assertThat(service("website").get("ports")).asInstanceOf(LIST).containsExactly("5080:5080");
	}

	@Test
	void websiteStartsOnceTheStudentsApiIsHealthy() {
		Map<String, Object> dependsOn = map(service("website").get("depends_on"));

		assertThat(map(dependsOn.get("students-api"))).containsEntry("condition", "service_healthy");
	}

	@Test
	void factoryApiReachesItsDatabaseWithTheSeedsUrlOnceItIsHealthy() {
		assertThat(service("factory-api").get("ports")).asInstanceOf(LIST).containsExactly("5001:5000");
		assertThat(map(service("factory-api").get("environment")).get("DB_URL").toString())
			.startsWith("postgresql+psycopg2://usine:")
			.endsWith("@db:5432/usine");
		assertThat(map(map(service("factory-api").get("depends_on")).get("factory-db"))).containsEntry("condition",
				"service_healthy");
		Map<String, Object> networks = map(service("factory-db").get("networks"));
		assertThat(map(networks.get("factory")).get("aliases")).asInstanceOf(LIST).containsExactly("db");
		assertThat(service("factory-db").get("volumes")).asInstanceOf(LIST)
			.containsExactly("factory_pgdata:/var/lib/postgresql/data");
		assertThat(map(service("factory-api").get("healthcheck")).get("test").toString())
			.contains("/actuator/health/readiness");
	}

	@Test
	void shopApiRunsOnPostgres15WithItsDataOnANamedVolume() {
		assertThat(service("shop-db").get("image").toString()).startsWith("postgres:15");
		assertThat(service("shop-db").get("volumes")).asInstanceOf(LIST)
			.containsExactly("shop_db_data:/var/lib/postgresql/data");
		assertThat(map(compose.get("volumes"))).containsKey("shop_db_data");
		assertThat(map(service("shop-api").get("environment")).get("DATABASE_URL").toString())
			.startsWith("postgresql://shop:")
			.endsWith("@shop-db:5432/shop");
		assertThat(map(map(service("shop-api").get("depends_on")).get("shop-db"))).containsEntry("condition",
				"service_healthy");
	}

	@Test
	void shopFrontPublishes5173AndProxiesToTheApiOnceItIsHealthy() {
		assertThat(service("shop-web").get("ports")).asInstanceOf(LIST).containsExactly("5173:80");
		assertThat(service("shop-api").get("ports")).asInstanceOf(LIST).containsExactly("5002:5000");
		assertThat(map(service("shop-web").get("environment"))).containsEntry("API_UPSTREAM", "http://shop-api:5000");
		assertThat(map(map(service("shop-web").get("depends_on")).get("shop-api"))).containsEntry("condition",
				"service_healthy");
		assertThat(service("shop-api").get("image")).isEqualTo("systemereparti_projet_backend:0.1.0");
		assertThat(service("shop-web").get("image")).isEqualTo("systemereparti_projet_frontend:0.1.0");
	}

	@Test
	void shopServicesHaveHealthChecksAndTheirOwnNetwork() {
		assertThat(List.of("shop-db", "shop-api", "shop-web")).allSatisfy((name) -> {
			assertThat(service(name).get("healthcheck")).isNotNull();
			assertThat(service(name).get("networks")).asInstanceOf(LIST).containsExactly("shop");
		});
	}

	@Test
	void clinicKeepsTheSeedsServicesOnItsOwnNetwork() {
		assertThat(service("app").get("ports")).asInstanceOf(LIST).containsExactly("5004:5000");
		assertThat(map(service("app").get("environment"))).containsKey("DATABASE_URL");
		assertThat(map(service("app").get("environment")).get("DATABASE_URL").toString()).contains("mysql+pymysql://",
				"@db:3306/");
		assertThat(map(map(service("app").get("depends_on")).get("db"))).containsEntry("condition", "service_healthy");
		assertThat(map(service("app").get("healthcheck")).get("test").toString())
			.contains("/actuator/health/readiness");
		assertThat(List.of("app", "db", "phpmyadmin")).allSatisfy(
				(name) -> assertThat(service(name).get("networks")).asInstanceOf(LIST).containsExactly("clinic"));
	}

	@Test
	void clinicDatabaseIsMariaDbOnTheSeedsVolumeWithItsVariables() {
		assertThat(service("db").get("image").toString()).startsWith("mariadb:10.");
		assertThat(service("db").get("volumes")).asInstanceOf(LIST).containsExactly("mariadb_data:/var/lib/mysql");
		assertThat(map(compose.get("volumes"))).containsKey("mariadb_data");
		assertThat(map(service("db").get("environment"))).containsOnlyKeys("MYSQL_ROOT_PASSWORD", "MYSQL_DATABASE",
				"MYSQL_USER", "MYSQL_PASSWORD");
		assertThat(service("db")).doesNotContainKey("ports");
		assertThat(service("phpmyadmin").get("ports")).asInstanceOf(LIST).containsExactly("8084:80");
		assertThat(map(service("phpmyadmin").get("environment"))).containsEntry("PMA_HOST", "db");
	}

	@Test
	void envExampleListsEveryVariableTheFileReads() throws IOException {
		String file = Files.readString(Repository.resolve(COMPOSE_FILE), StandardCharsets.UTF_8);
		String example = Files.readString(Repository.resolve("deploy/compose/.env.example"), StandardCharsets.UTF_8);
		Matcher variable = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)").matcher(file);
		List<String> names = variable.results().map((result) -> result.group(1)).distinct().toList();

		assertThat(names).isNotEmpty()
			.allSatisfy((name) -> assertThat(example).as(".env.example").containsPattern("(?m)^" + name + "="));
	}

	private static Map<String, Object> service(String name) {
		assertThat(services).containsKey(name);
		return map(services.get(name));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

}
