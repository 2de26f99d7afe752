package dev.flotilla.clinic.search;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@ParameterizedTest(name = "[{0}] → [{1}]")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			value = { "plain|plain", "a,b|`\"a,b\"`", "say \"hi\"|`\"say \"\"hi\"\"\"`", "=1+1|'=1+1", "+33|'+33",
					"-2|'-2", "@SUM(A1)|'@SUM(A1)", "=a,b|`\"'=a,b\"`", "Hélène|Hélène" })
	void quotesAndDefusesCells(String value, String cell) {
		assertThat(Csv.cell(value)).isEqualTo(cell);
	}

	@Test
	void writesCrLfLines() throws Exception {
		StringWriter out = new StringWriter();
		Csv.line(out, List.of("a", "", "b c"));
		assertThat(out).hasToString("a,,b c\r\n");
	}

}
