package dev.flotilla.students;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.flotilla.students.ApiClient.ROOT;
import static org.awaitility.Awaitility.await;

/**
 * The full application over real HTTP, with the data file in a directory of its own; one
 * context shared by every subclass. Each test starts from the seed's file, written as a
 * hand edit would be. The bad-input tables send many wrong credentials from one address
 * on purpose, so the login throttle is set far off here;
 * {@code ApiSecurityConfigurationTests} proves it with the packaged limits.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"platform.login-throttle.free-failures=100000", "platform.login-throttle.client-max-failures=100000" })
abstract class ApiIntegrationTest {

	static final Path DATA_FILE = Path.of("target", "students-api-it-" + UUID.randomUUID(), "student_age.json")
		.toAbsolutePath();

	static final String SEED_LIST = "{\"student_ages\":{\"bob\":\"13\",\"alice\":\"12\"}}";

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	ApiClient api;

	@DynamicPropertySource
	static void dataFile(DynamicPropertyRegistry registry) {
		registry.add("students.data-file", DATA_FILE::toString);
	}

	@BeforeEach
	void startFromTheSeedsFile() throws Exception {
		this.api = new ApiClient(this.port);
		handEdit(StudentsTestData.SEED_FILE);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.api.get(ROOT + "/get_student_ages").body(), SEED_LIST::equals);
	}

	static String encode(String name) {
		return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
	}

	static Map<String, String> onDisk() throws IOException {
		return json.readValue(Files.readAllBytes(DATA_FILE), new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	/** Replaces the file's content in place, as an editor saving it would. */
	static void handEdit(String content) throws IOException {
		Files.createDirectories(DATA_FILE.getParent());
		Files.writeString(DATA_FILE, content, StandardCharsets.UTF_8);
	}

}
