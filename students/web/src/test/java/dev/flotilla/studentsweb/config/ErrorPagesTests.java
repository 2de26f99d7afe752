package dev.flotilla.studentsweb.config;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatusCode;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorPagesTests {

	private static final Pattern ENGLISH = Pattern.compile(
			"\\b(the|is|are|must|not|found|error|invalid|failed|forbidden|server|request|please|method)\\b",
			Pattern.CASE_INSENSITIVE);

	@Test
	void everyErrorStatusGetsAFrenchTitleAndMessage() {
		for (int code = 400; code <= 599; code++) {
			HttpStatusCode status = HttpStatusCode.valueOf(code);
			assertThat(ErrorPages.title(status)).as("title of %d", code).isNotBlank().doesNotContainPattern(ENGLISH);
			assertThat(ErrorPages.message(status)).as("message of %d", code)
				.isNotBlank()
				.doesNotContainPattern(ENGLISH);
		}
	}

}
