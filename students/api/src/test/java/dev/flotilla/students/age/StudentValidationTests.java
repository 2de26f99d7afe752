package dev.flotilla.students.age;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class StudentValidationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@ParameterizedTest
	@ValueSource(strings = { "a", "bob", "José", "Zoë-Anne d’Arc", "O'Brien", "AC/DC", "李小龙", "e\u0301lodie",
			"Jean Paul", "Мария" })
	void acceptsNamesOfLettersSpacesHyphensApostrophesAndSlashes(String name) {
		assertThatNoException().isThrownBy(() -> new StudentValidation().name(name).throwIfInvalid());
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", " ", " bob", "bob ", "b0b", "bob!", "bob_smith", "bob\t", "bob\u200b", "\uD83D\uDE00" })
	void rejectsOtherNames(String name) {
		assertThatExceptionOfType(StudentValidation.InvalidStudentException.class)
			.isThrownBy(() -> new StudentValidation().name(name).throwIfInvalid())
			.satisfies((ex) -> assertThat(ex.toApiError().fields()).extracting("field").containsExactly("name"));
	}

	@ParameterizedTest
	@ValueSource(ints = { 100, 101 })
	void countsNameLengthInCharactersNotBytes(int length) {
		StudentValidation validation = new StudentValidation().name("é".repeat(length));
		if (length <= StudentValidation.MAX_NAME_LENGTH) {
			assertThatNoException().isThrownBy(validation::throwIfInvalid);
		}
		else {
			assertThatExceptionOfType(StudentValidation.InvalidStudentException.class)
				.isThrownBy(validation::throwIfInvalid);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"age\": 1}", "{\"age\": 150}", "{\"age\": \"13\"}", "{\"age\": 42}" })
	void acceptsWholeAgesFrom1To150AsNumbersOrDigits(String body) {
		StudentValidation validation = new StudentValidation();
		assertThat(validation.age(json.readTree(body))).matches("[1-9][0-9]{0,2}");
		assertThatNoException().isThrownBy(validation::throwIfInvalid);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"age\": 0}", "{\"age\": 151}", "{\"age\": 1.5}", "{\"age\": \"013\"}",
			"{\"age\": \"x\"}", "{\"age\": null}", "{}", "{\"age\": 13, \"x\": 1}" })
	void rejectsOtherAges(String body) {
		StudentValidation validation = new StudentValidation();
		validation.age(json.readTree(body));
		assertThatExceptionOfType(StudentValidation.InvalidStudentException.class)
			.isThrownBy(validation::throwIfInvalid);
	}

}
