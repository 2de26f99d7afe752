package dev.flotilla.students.age;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StudentAgeJsonTests {

	@Test
	void loadsTheSeedsFileAsIsInItsOrder() {
		Map<String, String> ages = parse(StudentAgeStore.SEED_CONTENT);
		assertThat(ages).containsExactly(Map.entry("bob", "13"), Map.entry("alice", "12"));
	}

	@Test
	void loadsAgesWrittenAsNumbers() {
		assertThat(parse("{\"bob\": 13, \"alice\": \"12\"}")).containsExactly(Map.entry("bob", "13"),
				Map.entry("alice", "12"));
	}

	@Test
	void loadsAnEmptyObject() {
		assertThat(parse("{}")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			`{"bob": "13",,`               | it is not valid JSON (line 1, column
			``                             | it is empty
			`   `                          | it is empty
			`["bob"]`                      | it must hold a JSON object of names to ages, not array
			`"bob"`                        | it must hold a JSON object of names to ages, not string
			`{"bob": 13.5}`                | the age of "bob" must be a string or a whole number, not number
			`{"bob": null}`                | the age of "bob" must be a string or a whole number, not null
			`{"bob": {"age": 13}}`         | the age of "bob" must be a string or a whole number, not object
			`{"bob": "13"} {"alice": "12"}`| it is not valid JSON
			""")
	void rejectsAnythingElseWithOneClearLine(String content, String message) {
		assertThatExceptionOfType(StudentAgeFileException.class).isThrownBy(() -> parse(content))
			.withMessageStartingWith(message)
			.withMessageNotContaining("\n");
	}

	@Test
	void writesOneStudentPerLineAndReadsItBackExactly() {
		Map<String, String> ages = new LinkedHashMap<>();
		ages.put("Zoë d’Arc", "12");
		ages.put("e\u0301lodie \"quoted\"", "7");
		ages.put("bob", "13");
		String content = new String(StudentAgeJson.format(ages), StandardCharsets.UTF_8);
		assertThat(content).isEqualTo(
				"{\n  \"Zoë d’Arc\": \"12\",\n  \"e\u0301lodie \\\"quoted\\\"\": \"7\",\n" + "  \"bob\": \"13\"\n}\n");
		assertThat(parse(content)).containsExactlyEntriesOf(ages);
		assertThat(new String(StudentAgeJson.format(Map.of()), StandardCharsets.UTF_8)).isEqualTo("{}\n");
	}

	@Test
	void listBodyIsTheSeedsShapeInTheFilesOrder() {
		assertThat(new String(StudentAgeJson.listBody(parse(StudentAgeStore.SEED_CONTENT)), StandardCharsets.UTF_8))
			.isEqualTo("{\"student_ages\":{\"bob\":\"13\",\"alice\":\"12\"}}");
	}

	private static Map<String, String> parse(String content) {
		return StudentAgeJson.parse(content.getBytes(StandardCharsets.UTF_8));
	}

}
