package dev.flotilla.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Start-up progress of systems starting side by side. On a terminal one status line (the
 * systems still starting, with the seconds elapsed) updates in place with a carriage
 * return, and each system gets its own line once up; otherwise (CI, a pipe) a line is
 * printed per system every {@value #PLAIN_EVERY_SECONDS} s, so a log file reads well.
 * Never ANSI codes. Called from one thread per system.
 */
class Progress {

	static final Progress SILENT = new Progress(null, false);

	private static final int PLAIN_EVERY_SECONDS = 10;

	private static final int LINE_WIDTH = 78;

	private final PrintStream out;

	private final boolean terminal;

	/** Systems still starting, with the last second shown for each. */
	private final Map<String, Long> starting = new LinkedHashMap<>();

	private long lastStatus = -1;

	Progress(PrintStream out, boolean terminal) {
		this.out = out;
		this.terminal = terminal;
	}

	synchronized void starting(SystemSpec spec) {
		this.starting.put(spec.name(), -1L);
		if (this.out != null && !this.terminal) {
			this.out.printf("%s: starting on port %d%n", spec.name(), spec.port());
		}
	}

	synchronized void waiting(SystemSpec spec, Duration elapsed) {
		long seconds = elapsed.toSeconds();
		if (this.out == null) {
			return;
		}
		if (this.terminal) {
			if (seconds != this.lastStatus) {
				this.lastStatus = seconds;
				showStatus(seconds);
			}
		}
		else if (seconds > 0 && seconds % PLAIN_EVERY_SECONDS == 0
				&& this.starting.getOrDefault(spec.name(), -1L) != seconds) {
			this.starting.put(spec.name(), seconds);
			this.out.printf("%s: still starting (%d s)%n", spec.name(), seconds);
		}
	}

	synchronized void up(SystemSpec spec, Duration elapsed) {
		finish(spec, "up in " + tenths(elapsed));
	}

	synchronized void failed(SystemSpec spec, Duration elapsed) {
		finish(spec, "failed after " + tenths(elapsed));
	}

	/** {@code 1.4 s}: start times are compared in tenths of a second. */
	static String tenths(Duration elapsed) {
		return String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
	}

	private void finish(SystemSpec spec, String outcome) {
		this.starting.remove(spec.name());
		if (this.out == null) {
			return;
		}
		if (this.terminal) {
			this.out.printf("\r%-" + LINE_WIDTH + "s\r%-16s %s%n", "", spec.name(), outcome);
			if (!this.starting.isEmpty() && this.lastStatus >= 0) {
				showStatus(this.lastStatus);
			}
		}
		else {
			this.out.printf("%s: %s%n", spec.name(), outcome);
		}
	}

	private void showStatus(long seconds) {
		String status = "starting " + String.join(", ", this.starting.keySet()) + "… " + seconds + " s";
		if (status.length() > LINE_WIDTH) {
			status = status.substring(0, LINE_WIDTH - 1) + "…";
		}
		this.out.printf("\r%-" + LINE_WIDTH + "s", status);
		this.out.flush();
	}

}
