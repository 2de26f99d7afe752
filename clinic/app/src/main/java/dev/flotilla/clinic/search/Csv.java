package dev.flotilla.clinic.search;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 lines, and no formula injection: a cell that a spreadsheet would evaluate
 * ({@code = + - @} first, or a tab or carriage return first) is prefixed with {@code '}.
 */
final class Csv {

	private Csv() {
	}

	static void line(Writer writer, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(cell(cells.get(i)));
		}
		writer.write("\r\n");
	}

	static String cell(String value) {
		String safe = value;
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

}
