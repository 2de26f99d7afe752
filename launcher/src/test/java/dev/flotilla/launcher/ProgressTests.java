package dev.flotilla.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTests {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final SystemSpec api = spec("factory-api", 5001);

	private final SystemSpec clinic = spec("clinic", 5004);

	@Test
	void givesStartTimesInTenthsOfASecond() {
		assertThat(Progress.tenths(Duration.ofMillis(1449))).isEqualTo("1.4 s");
		assertThat(Progress.tenths(Duration.ofMillis(12_960))).isEqualTo("13.0 s");
		assertThat(Progress.tenths(Duration.ZERO)).isEqualTo("0.0 s");
	}

	@Test
	void printsOneLinePerEventWhenNotOnATerminal() {
		Progress progress = new Progress(out(), false);
		progress.starting(this.api);
		progress.starting(this.clinic);
		progress.waiting(this.api, Duration.ofSeconds(10));
		progress.waiting(this.api, Duration.ofMillis(10_500));
		progress.up(this.clinic, Duration.ofMillis(1_420));
		progress.failed(this.api, Duration.ofMillis(12_340));
		assertThat(output().lines()).containsExactly("factory-api: starting on port 5001",
				"clinic: starting on port 5004", "factory-api: still starting (10 s)", "clinic: up in 1.4 s",
				"factory-api: failed after 12.3 s");
	}

	@Test
	void showsTheSystemsStillStartingOnOneTerminalLine() {
		Progress progress = new Progress(out(), true);
		progress.starting(this.api);
		progress.starting(this.clinic);
		progress.waiting(this.clinic, Duration.ofSeconds(1));
		assertThat(output()).contains("starting factory-api, clinic… 1 s");
		progress.up(this.clinic, Duration.ofMillis(1_860));
		assertThat(output()).containsPattern("\rclinic +up in 1\\.9 s\n")
			.endsWith("starting factory-api… 1 s".concat(" ".repeat(78 - "starting factory-api… 1 s".length())));
	}

	private PrintStream out() {
		return new PrintStream(this.bytes, true, StandardCharsets.UTF_8);
	}

	private String output() {
		return this.bytes.toString(StandardCharsets.UTF_8);
	}

	private static SystemSpec spec(String name, int port) {
		return new SystemSpec(name, port, new Kind.StaticSite(Path.of("site"), name), "/", SystemSpec.NO_CREDENTIALS);
	}

}
