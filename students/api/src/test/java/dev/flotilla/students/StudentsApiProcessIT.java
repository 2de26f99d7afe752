package dev.flotilla.students;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the built jar behaves at start, as a process: what it prints and how it exits.
 */
class StudentsApiProcessIT {

	static ApiProcesses processes;

	@TempDir
	Path directory;

	@BeforeAll
	static void prepare() throws Exception {
		processes = ApiProcesses.prepare();
	}

	@Test
	void malformedFileAtStartIsOneClearLineAndANonZeroExitNotAStackTrace() throws Exception {
		Path file = this.directory.resolve("student_age.json");
		Files.writeString(file, "{\"bob\": \"13\",, \"alice\": \"12\"}");
		Path log = this.directory.resolve("api.log");
		// The original's variable name, honoured as well as STUDENT_AGE_FILE.
		ApiProcesses.Started started = processes.start(Map.of("student_age_file_path", file.toString()), log);
		assertThat(started.process().waitFor(90, TimeUnit.SECONDS)).isTrue();
		assertThat(started.process().exitValue()).isNotZero();
		String output = ApiProcesses.output(log);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.containsPattern("The student ages file \\S*student_age.json cannot be loaded: it is not valid JSON "
					+ "\\(line 1, column \\d+: [^\\n]+\\)\\n")
			.contains("point STUDENT_AGE_FILE at another file")
			.doesNotContain("\tat ")
			.doesNotContain("Exception in thread");
		assertThat(Files.readString(file)).isEqualTo("{\"bob\": \"13\",, \"alice\": \"12\"}");
	}

	@Test
	void aFileWithAgesAsNumbersLoadsAsIs() throws Exception {
		Path file = this.directory.resolve("student_age.json");
		Files.writeString(file, "{\"bob\": 13, \"alice\": \"12\"}");
		ApiProcesses.Started started = processes.start(Map.of("STUDENT_AGE_FILE", file.toString()),
				this.directory.resolve("api.log"));
		try {
			ApiProcesses.awaitHealthy(started);
			assertThat(new ApiClient(started.port()).get(ApiClient.ROOT + "/get_student_ages").body())
				.isEqualTo("{\"student_ages\":{\"bob\":\"13\",\"alice\":\"12\"}}");
		}
		finally {
			started.process().destroy();
			started.process().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void prodProfileRefusesToStartWithTheDefaultCredentials() throws Exception {
		Path log = this.directory.resolve("api.log");
		ApiProcesses.Started started = processes.start(Map.of("SPRING_PROFILES_ACTIVE", "prod", "STUDENT_AGE_FILE",
				this.directory.resolve("student_age.json").toString()), log);
		assertThat(started.process().waitFor(90, TimeUnit.SECONDS)).isTrue();
		assertThat(started.process().exitValue()).isNotZero();
		assertThat(ApiProcesses.output(log)).contains("students.password (STUDENTS_PASSWORD)").doesNotContain("\tat ");
	}

}
