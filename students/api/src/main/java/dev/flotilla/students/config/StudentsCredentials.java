package dev.flotilla.students.config;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The API's one HTTP Basic user ({@code STUDENTS_USERNAME} / {@code STUDENTS_PASSWORD};
 * {@code root} / {@code root} locally, refused under the {@code prod} profile). The
 * password is hashed at start; only the hash is used afterwards.
 *
 * @param username the user name
 * @param password the plain password, as the environment gives it
 */
@ConfigurationProperties("students")
@Validated
record StudentsCredentials(@NotBlank String username, @NotBlank String password) {

	@Override
	public String toString() {
		return "StudentsCredentials[username=" + this.username + "]";
	}

}
