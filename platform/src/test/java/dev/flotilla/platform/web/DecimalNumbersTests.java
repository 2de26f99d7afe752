package dev.flotilla.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DecimalNumbersTests {

	private final DecimalNumbers.DecimalEditor editor = new DecimalNumbers.DecimalEditor(Long::parseLong);

	@ParameterizedTest
	@ValueSource(strings = { "0x1", "+1", "١", "１", "1e3", " 1", "1.0", "#1", "99999999999999999999999" })
	void refusesWhatIsNotAsciiDecimalDigits(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.editor.setAsText(text));
	}

	@Test
	void readsAsciiDecimalDigitsWithAnOptionalMinus() {
		this.editor.setAsText("42");
		assertThat(this.editor.getValue()).isEqualTo(42L);
		this.editor.setAsText("-7");
		assertThat(this.editor.getValue()).isEqualTo(-7L);
	}

	@Test
	void anEmptyValueIsAnAbsentOne() {
		this.editor.setAsText("");
		assertThat(this.editor.getValue()).isNull();
	}

}
