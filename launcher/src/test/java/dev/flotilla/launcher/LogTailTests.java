package dev.flotilla.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LogTailTests {

	@TempDir
	Path temp;

	@Test
	void returnsEveryLineOfAShortLog() throws Exception {
		Path log = Files.writeString(this.temp.resolve("a.log"), "one\ntwo\n");
		assertThat(LogTail.last(log, 40)).containsExactly("one", "two");
	}

	@Test
	void returnsTheLastLinesOfALongLog() throws Exception {
		List<String> lines = IntStream.rangeClosed(1, 20_000).mapToObj((i) -> "line " + i).toList();
		Path log = Files.write(this.temp.resolve("b.log"), lines);
		assertThat(LogTail.last(log, 3)).containsExactly("line 19998", "line 19999", "line 20000");
	}

	@Test
	void saysSoWhenTheLogCannotBeRead() {
		assertThat(LogTail.last(this.temp.resolve("none.log"), 40)).singleElement()
			.asString()
			.startsWith("(cannot read");
	}

}
