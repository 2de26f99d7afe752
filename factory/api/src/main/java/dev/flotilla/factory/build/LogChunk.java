package dev.flotilla.factory.build;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A build's log from a byte offset, like Jenkins' progressive text: the client asks again
 * from {@code next_offset} while {@code more} is true.
 *
 * @param offset the byte offset asked for
 * @param nextOffset where the next request should start
 * @param more whether the build may still write
 * @param text the log from {@code offset} (UTF-8)
 */
record LogChunk(long offset, @JsonProperty("next_offset") long nextOffset, boolean more, String text) {

	static LogChunk of(Build build, long offset) {
		byte[] log = build.logs().getBytes(StandardCharsets.UTF_8);
		int from = (int) Math.min(offset, log.length);
		// never start inside a multi-byte character
		while (from < log.length && (log[from] & 0xC0) == 0x80) {
			from++;
		}
		String text = new String(Arrays.copyOfRange(log, from, log.length), StandardCharsets.UTF_8);
		return new LogChunk(offset, log.length, !build.status().isFinal(), text);
	}

}
