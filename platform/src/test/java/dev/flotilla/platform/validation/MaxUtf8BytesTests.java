package dev.flotilla.platform.validation;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaxUtf8BytesTests {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private static final Validator validator = factory.getValidator();

	record Account(@MaxUtf8Bytes(MaxUtf8Bytes.BCRYPT) String password) {
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void acceptsSeventyTwoBytesAndNull() {
		assertThat(validator.validate(new Account("a".repeat(72)))).isEmpty();
		assertThat(validator.validate(new Account("é".repeat(36)))).isEmpty();
		assertThat(validator.validate(new Account(null))).isEmpty();
	}

	@Test
	void countsBytesNotCharacters() {
		assertThat(validator.validate(new Account("a".repeat(73)))).hasSize(1);
		// 37 characters, 74 bytes.
		assertThat(validator.validate(new Account("é".repeat(37)))).hasSize(1);
		// 19 characters (surrogate pairs), 76 bytes.
		assertThat(validator.validate(new Account("😀".repeat(19)))).hasSize(1);
	}

	@Test
	void saysTheLimitInBytesInFrench() {
		Set<ConstraintViolation<Account>> violations = validator.validate(new Account("é".repeat(40)));
		assertThat(violations).singleElement()
			.satisfies((violation) -> assertThat(violation.getMessage()).contains("72 octets"));
	}

}
