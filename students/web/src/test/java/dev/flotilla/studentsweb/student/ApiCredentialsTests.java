package dev.flotilla.studentsweb.student;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ApiCredentialsTests {

	@Test
	void ourOwnVariableWins() {
		MockEnvironment environment = new MockEnvironment().withProperty("STUDENTS_WEB_USERNAME", "web")
			.withProperty("USERNAME", "jdoe");
		assertThat(ApiCredentials.resolve(properties("web", "secret"), environment).username()).isEqualTo("web");
	}

	@Test
	void seedUsernameCountsWithAPassword() {
		MockEnvironment environment = new MockEnvironment().withProperty("USERNAME", "admin")
			.withProperty("PASSWORD", "secret");
		ApiCredentials credentials = ApiCredentials.resolve(properties("admin", "secret"), environment);
		assertThat(credentials.username()).isEqualTo("admin");
		assertThat(credentials.source()).isEqualTo("from USERNAME");
	}

	@Test
	void usernameAloneIsTheOsLoginAndIgnored() {
		MockEnvironment environment = new MockEnvironment().withProperty("USERNAME", "jdoe");
		ApiCredentials credentials = ApiCredentials.resolve(properties("jdoe", "root"), environment);
		assertThat(credentials.username()).isEqualTo("root");
		assertThat(credentials.password()).isEqualTo("root");
	}

	@Test
	void defaultsAreTheSeeds() {
		assertThat(ApiCredentials.resolve(properties("root", "root"), new MockEnvironment()))
			.extracting(ApiCredentials::username, ApiCredentials::password)
			.containsExactly("root", "root");
	}

	@Test
	void passwordIsNeverPrinted() {
		assertThat(new ApiCredentials("root", "s3cr3t", "test")).asString().doesNotContain("s3cr3t");
		assertThat(properties("root", "s3cr3t")).asString().doesNotContain("s3cr3t");
	}

	private static StudentsWebProperties properties(String username, String password) {
		return new StudentsWebProperties("http://localhost:5000", username, password, Duration.ofSeconds(2),
				Duration.ofSeconds(5));
	}

}
