package dev.flotilla.students.age;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;

import dev.flotilla.platform.error.ApiError;
import dev.flotilla.platform.error.ApiException;

/**
 * The rules for what a write may store. A name: 1 to 100 characters, Unicode letters and
 * combining marks, spaces, hyphens, apostrophes ({@code '} and {@code ’}) and {@code /};
 * not blank, no leading or trailing space. An age: a whole number from 1 to 150, sent as
 * a JSON number or a string of digits.
 */
final class StudentValidation {

	static final int MAX_NAME_LENGTH = 100;

	static final int MIN_AGE = 1;

	static final int MAX_AGE = 150;

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M} '\u2019/\\-\u2010\u2011]+");

	private static final Pattern AGE_DIGITS = Pattern.compile("[1-9][0-9]{0,2}");

	private static final String AGE_RULE = "must be a whole number from " + MIN_AGE + " to " + MAX_AGE;

	private final List<ApiError.FieldError> errors = new ArrayList<>();

	/** Checks a name; the error, if any, is reported by {@link #throwIfInvalid()}. */
	StudentValidation name(String name) {
		int length = name.codePointCount(0, name.length());
		if (length == 0 || name.isBlank()) {
			reject("name", "must not be blank");
		}
		else if (length > MAX_NAME_LENGTH) {
			reject("name", "must be at most " + MAX_NAME_LENGTH + " characters");
		}
		else if (!NAME.matcher(name).matches()) {
			reject("name", "may only hold letters, spaces, hyphens, apostrophes and /");
		}
		else if (name.startsWith(" ") || name.endsWith(" ")) {
			reject("name", "must not start or end with a space");
		}
		return this;
	}

	/**
	 * Reads the age from a request body {@code {"age": 13}}.
	 * @return the age as stored (digits), or {@code null} if rejected
	 */
	@Nullable String age(@Nullable JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "malformed_json",
					"The request body must be a JSON object such as {\"age\": 13}");
		}
		for (Map.Entry<String, JsonNode> property : body.properties()) {
			if (!"age".equals(property.getKey())) {
				reject(property.getKey(), "unknown field; only \"age\" is accepted");
			}
		}
		JsonNode age = body.get("age");
		if (age == null || age.isNull()) {
			reject("age", "is required");
			return null;
		}
		if (age.isIntegralNumber() && age.canConvertToInt() && inRange(age.intValue())) {
			return Integer.toString(age.intValue());
		}
		if (age.isString() && AGE_DIGITS.matcher(age.stringValue()).matches()
				&& inRange(Integer.parseInt(age.stringValue()))) {
			return Integer.toString(Integer.parseInt(age.stringValue()));
		}
		reject("age", AGE_RULE);
		return null;
	}

	void throwIfInvalid() {
		if (!this.errors.isEmpty()) {
			throw new InvalidStudentException(this.errors);
		}
	}

	private static boolean inRange(int age) {
		return age >= MIN_AGE && age <= MAX_AGE;
	}

	private void reject(String field, String message) {
		this.errors.add(new ApiError.FieldError(field, message));
	}

	/** 400 {@code validation_failed} with the rejected fields. */
	static final class InvalidStudentException extends ApiException {

		private static final long serialVersionUID = 1L;

		private final List<ApiError.FieldError> fields;

		InvalidStudentException(List<ApiError.FieldError> fields) {
			super(HttpStatus.BAD_REQUEST, "validation_failed", "Some fields are invalid");
			this.fields = List.copyOf(fields);
		}

		@Override
		public ApiError toApiError() {
			return new ApiError(getStatus(), getError(), String.valueOf(getMessage()), this.fields);
		}

	}

}
