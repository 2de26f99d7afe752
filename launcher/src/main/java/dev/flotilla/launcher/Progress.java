package dev.flotilla.launcher;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Start-up progress, one line per system. On a terminal the line updates in place with a
 * carriage return; otherwise (CI, a pipe) a line is printed every
 * {@value #PLAIN_EVERY_SECONDS} s, so a log file reads well. Never ANSI codes.
 */
class Progress {

	static final Progress SILENT = new Progress(null, false);

	private static final int PLAIN_EVERY_SECONDS = 10;

	private final PrintStream out;

	private final boolean terminal;

	private long lastShown = -1;

	Progress(PrintStream out, boolean terminal) {
		this.out = out;
		this.terminal = terminal;
	}

	void starting(SystemSpec spec) {
		this.lastShown = -1;
		if (this.out != null && !this.terminal) {
			this.out.printf("%s: starting on port %d%n", spec.name(), spec.port());
		}
	}

	void waiting(SystemSpec spec, Duration elapsed) {
		long seconds = elapsed.toSeconds();
		if (this.out == null || seconds == this.lastShown) {
			return;
		}
		if (this.terminal) {
			this.lastShown = seconds;
			this.out.printf("\r%-16s starting on port %d… %d s ", spec.name(), spec.port(), seconds);
			this.out.flush();
		}
		else if (seconds > 0 && seconds % PLAIN_EVERY_SECONDS == 0) {
			this.lastShown = seconds;
			this.out.printf("%s: still starting (%d s)%n", spec.name(), seconds);
		}
	}

	void up(SystemSpec spec, Duration elapsed) {
		finish(spec, "up after " + elapsed.toSeconds() + " s");
	}

	void failed(SystemSpec spec, Duration elapsed) {
		finish(spec, "failed after " + elapsed.toSeconds() + " s");
	}

	private void finish(SystemSpec spec, String outcome) {
		if (this.out == null) {
			return;
		}
		if (this.terminal) {
			this.out.printf("\r%-16s %-40s%n", spec.name(), outcome);
		}
		else {
			this.out.printf("%s: %s%n", spec.name(), outcome);
		}
	}

}
