package dev.flotilla.students.age;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a write ({@link StudentName}, {@link StudentAge}, {@link AgeOnly}), as
 * Bean Validation applies them to a {@link StudentWrite}.
 */
class StudentWriteTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private static final Validator validator = factory.getValidator();

	private static final UpdateStudentRequest VALID_BODY = body("{\"age\": 13}");

	@AfterAll
	static void closeFactory() {
		factory.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a", "bob", "José", "Zoë-Anne d’Arc", "O'Brien", "AC/DC", "李小龙", "e\u0301lodie",
			"Jean Paul", "Мария" })
	void acceptsNamesOfLettersSpacesHyphensApostrophesAndSlashes(String name) {
		assertThat(violations(name, VALID_BODY)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", " ", " bob", "bob ", "b0b", "bob!", "bob_smith", "bob\t", "bob\u200b", "\uD83D\uDE00" })
	void rejectsOtherNames(String name) {
		assertThat(fields(violations(name, VALID_BODY))).containsExactly("name");
	}

	@ParameterizedTest
	@ValueSource(ints = { 100, 101 })
	void countsNameLengthInCharactersNotBytes(int length) {
		List<String> fields = fields(violations("é".repeat(length), VALID_BODY));
		if (length <= StudentName.MAX_LENGTH) {
			assertThat(fields).isEmpty();
		}
		else {
			assertThat(fields).containsExactly("name");
		}
	}

	@Test
	void countsALetterOutsideTheBasicPlaneOnce() {
		// U+20000, a CJK ideograph: two UTF-16 chars, one character.
		assertThat(violations("\uD840\uDC00".repeat(StudentName.MAX_LENGTH), VALID_BODY)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"age\": 1}", "{\"age\": 150}", "{\"age\": \"13\"}", "{\"age\": 42}" })
	void acceptsWholeAgesFrom1To150AsNumbersOrDigits(String body) {
		UpdateStudentRequest request = body(body);
		assertThat(violations("bob", request)).isEmpty();
		assertThat(request.storedAge()).matches("[1-9][0-9]{0,2}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"age\": 0}", "{\"age\": 151}", "{\"age\": 1.5}", "{\"age\": \"013\"}",
			"{\"age\": \"x\"}", "{\"age\": null}", "{}", "{\"age\": 13, \"x\": 1}" })
	void rejectsOtherAges(String body) {
		assertThat(violations("bob", body(body))).isNotEmpty();
	}

	@Test
	void saysAMissingOrNullAgeIsRequired() {
		assertThat(violations("bob", body("{}"))).containsExactly(Map.entry("age", "is required"));
		assertThat(violations("bob", body("{\"age\": null}"))).containsExactly(Map.entry("age", "is required"));
	}

	@Test
	void namesEachUnknownFieldAndEveryRejectedField() {
		assertThat(fields(violations("b0b", body("{\"Age\": 13, \"name\": \"x\"}")))).containsExactlyInAnyOrder("name",
				"age", "Age", "name");
	}

	private static UpdateStudentRequest body(String body) {
		return json.readValue(body, UpdateStudentRequest.class);
	}

	/** Field (the last node of the path, as the platform reports it) and message. */
	private static List<Map.Entry<String, String>> violations(String name, UpdateStudentRequest body) {
		Set<ConstraintViolation<StudentWrite>> violations = validator.validate(new StudentWrite(name, body));
		return violations.stream().map((violation) -> {
			String path = violation.getPropertyPath().toString();
			return Map.entry(path.substring(path.lastIndexOf('.') + 1), violation.getMessage());
		}).toList();
	}

	private static List<String> fields(List<Map.Entry<String, String>> violations) {
		return violations.stream().map(Map.Entry::getKey).toList();
	}

}
