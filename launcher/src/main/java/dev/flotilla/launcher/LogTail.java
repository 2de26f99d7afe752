package dev.flotilla.launcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The last lines of a log file, read from its end so a large log costs nothing.
 */
final class LogTail {

	private static final int MAX_BYTES = 64 * 1024;

	private LogTail() {
	}

	static List<String> last(Path file, int lines) {
		try (SeekableByteChannel channel = Files.newByteChannel(file)) {
			long from = Math.max(0, channel.size() - MAX_BYTES);
			ByteBuffer buffer = ByteBuffer.allocate((int) (channel.size() - from));
			channel.position(from);
			while (buffer.hasRemaining() && channel.read(buffer) > 0) {
				// keep reading until the buffer is full or the file ends
			}
			List<String> all = Arrays
				.asList(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).split("\\R", -1));
			// The first line is cut when reading started mid-file; a trailing newline
			// leaves an
			// empty last element.
			int start = (from > 0) ? 1 : 0;
			int end = (!all.isEmpty() && all.get(all.size() - 1).isEmpty()) ? all.size() - 1 : all.size();
			return all.subList(Math.max(start, end - lines), Math.max(start, end));
		}
		catch (IOException ex) {
			return List.of("(cannot read " + file + ": " + ex.getMessage() + ")");
		}
	}

}
