package dev.flotilla.students.age;

import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The body of a write, {@code {"age": 13}}. The age is read as JSON as it came, so that
 * {@link StudentAge} can tell {@code 13} and {@code "13"} (both accepted) from
 * {@code 13.5} or {@code "013"}; a JSON {@code null} counts as missing. Any other field
 * is kept, to be rejected by name ({@link AgeOnly}).
 *
 * @param age a whole number from 1 to 150 (a JSON number, or a string of digits)
 * @param otherFields every other field sent, by name
 */
@AgeOnly
record UpdateStudentRequest(
		@Schema(implementation = Integer.class, minimum = "1", maximum = "150", example = "13",
				description = "a whole number from 1 to 150; a string of digits is accepted too") @JsonSetter(
						nulls = Nulls.SKIP) @NotNull(message = "is required") @StudentAge @Nullable JsonNode age,
		@Schema(hidden = true) @JsonAnySetter Map<String, JsonNode> otherFields) {

	/** The age as the data file holds it, e.g. {@code "13"}; only once validated. */
	String storedAge() {
		JsonNode age = Objects.requireNonNull(this.age, "age");
		return age.isString() ? age.stringValue() : Integer.toString(age.intValue());
	}

}
