package dev.flotilla.students.age;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * One file replaced atomically: the new content goes to a temporary file in the same
 * directory, is forced to disk, renamed over the file, and the directory is forced too,
 * so that after a crash the file is either the old or the new content, never a mix, and
 * an acknowledged write survives.
 */
final class DataFile {

	private static final Log log = LogFactory.getLog(DataFile.class);

	private static final String TEMPORARY_SUFFIX = ".tmp";

	private final Path path;

	private final Path directory;

	private final String temporaryPrefix;

	DataFile(Path path) {
		this.path = path.toAbsolutePath().normalize();
		Path parent = this.path.getParent();
		this.directory = (parent != null) ? parent : this.path.getRoot();
		this.temporaryPrefix = "." + this.path.getFileName() + ".";
	}

	Path path() {
		return this.path;
	}

	/**
	 * What identifies a version of the file cheaply: one {@code stat}, no read.
	 * @return the stamp, or {@code null} when the file does not exist
	 */
	@Nullable Stamp stamp() throws IOException {
		try {
			BasicFileAttributes attributes = Files.readAttributes(this.path, BasicFileAttributes.class);
			return new Stamp(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
		}
		catch (NoSuchFileException ex) {
			return null;
		}
	}

	/**
	 * @return the content, or {@code null} when the file does not exist
	 */
	byte @Nullable [] read() throws IOException {
		try {
			return Files.readAllBytes(this.path);
		}
		catch (NoSuchFileException ex) {
			return null;
		}
	}

	void writeAtomically(byte[] content) throws IOException {
		Files.createDirectories(this.directory);
		Path temporary = Files.createTempFile(this.directory, this.temporaryPrefix, TEMPORARY_SUFFIX);
		try {
			keepPermissions(temporary);
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			Files.move(temporary, this.path, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(temporary);
			throw ex;
		}
		forceDirectory();
	}

	/** Temporary files left by a process killed in the middle of a write. */
	void deleteLeftovers() throws IOException {
		if (!Files.isDirectory(this.directory)) {
			return;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(this.directory)) {
			for (Path entry : entries) {
				String name = String.valueOf(entry.getFileName());
				if (name.startsWith(this.temporaryPrefix) && name.endsWith(TEMPORARY_SUFFIX)) {
					Files.deleteIfExists(entry);
					log.info("Deleted " + entry + ", left by an interrupted write");
				}
			}
		}
	}

	/** The rename is durable only once the directory entry itself is on disk. */
	private void forceDirectory() throws IOException {
		FileChannel channel;
		try {
			channel = FileChannel.open(this.directory, StandardOpenOption.READ);
		}
		catch (IOException ex) {
			// Some platforms (Windows) cannot open a directory; there the rename is as
			// durable as the file system makes it.
			return;
		}
		try (channel) {
			channel.force(true);
		}
	}

	/**
	 * A new file gets the owner-only permissions of a temporary file; keep the old ones.
	 */
	private void keepPermissions(Path temporary) throws IOException {
		try {
			Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(this.path));
		}
		catch (NoSuchFileException | UnsupportedOperationException ex) {
			// First write, or not a POSIX file system: nothing to keep.
		}
	}

	/**
	 * A version of the file as {@code stat} sees it. Our writes always change the file
	 * key (a rename gives a new inode); a hand edit changes the time or the size.
	 */
	record Stamp(@Nullable Object key, FileTime modified, long size) {

		boolean isRecent(long nowMillis, long windowMillis) {
			return this.modified.toMillis() > nowMillis - windowMillis;
		}

		boolean sameAs(@Nullable Stamp other) {
			return other != null && Objects.equals(this.key, other.key) && this.modified.equals(other.modified)
					&& this.size == other.size;
		}

	}

}
