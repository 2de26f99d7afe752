package dev.flotilla.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The table printed once every system is up: where each one is and how to log in.
 */
final class SummaryTable {

	static final String READY = "Press Ctrl-C to stop.";

	private SummaryTable() {
	}

	static String render(List<SystemSpec> systems, Path logs) {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "System", "URL", "Demo credentials" });
		systems.forEach((spec) -> rows.add(new String[] { spec.name(), spec.url().toString(), spec.credentials() }));
		int[] widths = new int[3];
		rows.forEach((row) -> {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		});
		StringBuilder table = new StringBuilder(System.lineSeparator());
		String format = "%-" + widths[0] + "s  %-" + widths[1] + "s  %s%n";
		rows.forEach((row) -> table.append(String.format(format, (Object[]) row)));
		table.append(System.lineSeparator())
			.append("Logs: ")
			.append(logs)
			.append(" (one <system>.log per process)")
			.append(System.lineSeparator())
			.append(READY)
			.append(System.lineSeparator());
		return table.toString();
	}

}
