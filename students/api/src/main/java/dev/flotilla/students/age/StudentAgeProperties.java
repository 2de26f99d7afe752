package dev.flotilla.students.age;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the students are kept ({@code students.*}).
 *
 * @param dataFile the JSON file ({@code STUDENT_AGE_FILE}, else the original's
 * {@code student_age_file_path}); created with the seed's two students when missing
 * @param fileCheckInterval at most this often, a read checks whether the file changed on
 * disk
 */
@ConfigurationProperties("students")
record StudentAgeProperties(@DefaultValue("./data/students/student_age.json") Path dataFile,
		@DefaultValue("100ms") Duration fileCheckInterval) {
}
