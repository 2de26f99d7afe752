package dev.flotilla.students.age;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.flotilla.platform.error.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class StudentAgeStoreTests {

	@TempDir
	Path directory;

	@Test
	void createsTheSeedsFileWhenMissing() throws Exception {
		Path file = this.directory.resolve("sub/student_age.json");
		StudentAgeStore store = new StudentAgeStore(file, Duration.ofMillis(10));
		assertThat(Files.readString(file)).isEqualTo(StudentAgeStore.SEED_CONTENT);
		assertThat(store.ages()).containsExactly(Map.entry("bob", "13"), Map.entry("alice", "12"));
	}

	@Test
	void aWriteIsOnDiskWhenItReturnsAndSurvivesARestart() throws Exception {
		Path file = this.directory.resolve("student_age.json");
		StudentAgeStore store = new StudentAgeStore(file, Duration.ofMillis(10));
		assertThat(store.put("carol", "14")).isTrue();
		assertThat(store.put("carol", "15")).isFalse();
		assertThat(store.delete("bob")).isTrue();
		assertThat(store.delete("bob")).isFalse();
		assertThat(new StudentAgeStore(file, Duration.ofMillis(10)).ages()).containsExactly(Map.entry("alice", "12"),
				Map.entry("carol", "15"));
		try (var entries = Files.list(this.directory)) {
			assertThat(entries).containsExactly(file);
		}
	}

	@Test
	void deletesTemporaryFilesLeftByAKilledWrite() throws Exception {
		Path leftover = Files.writeString(this.directory.resolve(".student_age.json.123.tmp"), "{\"half");
		new StudentAgeStore(this.directory.resolve("student_age.json"), Duration.ofMillis(10));
		assertThat(leftover).doesNotExist();
	}

	@Test
	void picksUpAHandEditAndBuildsTheNextWriteOnIt() throws Exception {
		Path file = this.directory.resolve("student_age.json");
		StudentAgeStore store = new StudentAgeStore(file, Duration.ofMillis(10));
		Files.writeString(file, "{\"dave\": 30}");
		await().atMost(Duration.ofSeconds(5)).until(() -> store.ages().equals(Map.of("dave", "30")));
		assertThat(new String(store.listBody(), StandardCharsets.UTF_8))
			.isEqualTo("{\"student_ages\":{\"dave\":\"30\"}}");
		Files.writeString(file, "{\"erin\": \"31\"}");
		store.put("frank", "32");
		assertThat(StudentAgeJson.parse(Files.readAllBytes(file))).containsExactly(Map.entry("erin", "31"),
				Map.entry("frank", "32"));
	}

	@Test
	void refusesToWriteOverABrokenHandEditAndKeepsServingTheLastGoodData() throws Exception {
		Path file = this.directory.resolve("student_age.json");
		StudentAgeStore store = new StudentAgeStore(file, Duration.ofMillis(10));
		Files.writeString(file, "{\"bob\": ");
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> store.put("carol", "14"))
			.satisfies((ex) -> assertThat(ex.getError()).isEqualTo("data_file_invalid"));
		assertThat(Files.readString(file)).isEqualTo("{\"bob\": ");
		assertThat(store.ages()).containsExactly(Map.entry("bob", "13"), Map.entry("alice", "12"));
	}

	@Test
	void aMalformedFileAtStartFailsWithOneLineNamingTheFile() throws Exception {
		Path file = Files.writeString(this.directory.resolve("student_age.json"), "{\"bob\": \"13\"");
		assertThatExceptionOfType(StudentAgeFileException.class)
			.isThrownBy(() -> new StudentAgeStore(file, Duration.ofMillis(10)))
			.withMessageStartingWith("The student ages file " + file + " cannot be loaded: it is not valid JSON")
			.withMessageNotContaining("\n");
	}

}
