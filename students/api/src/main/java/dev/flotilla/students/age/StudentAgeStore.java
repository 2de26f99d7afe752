package dev.flotilla.students.age;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import dev.flotilla.platform.error.ApiException;

/**
 * The students and their ages, kept in one JSON file that people may also edit by hand.
 * <p>
 * Reads come from an immutable snapshot that also holds the list route's serialized body,
 * so a read neither touches the disk nor serializes anything; at most every
 * {@code checkInterval} one reader {@code stat}s the file and reloads it if it changed.
 * Writes are serialized by one lock and re-read the file first, so a hand edit is the
 * base of the next write, never overwritten by stale data; a write returns only once the
 * new file is on disk ({@link DataFile}).
 */
final class StudentAgeStore {

	static final String SEED_CONTENT = "{\"bob\": \"13\", \"alice\": \"12\"}\n";

	private static final Log log = LogFactory.getLog(StudentAgeStore.class);

	/**
	 * Within this long after its modification time, a file whose stamp did not change may
	 * still have changed (coarse file system clocks): its content is compared too.
	 */
	private static final long RACY_WINDOW_MILLIS = 2_000;

	private final DataFile file;

	private final long checkIntervalNanos;

	private final ReentrantLock writeLock = new ReentrantLock();

	private final AtomicLong nextCheck;

	private volatile Snapshot snapshot;

	private volatile DataFile.@Nullable Stamp reportedBadStamp;

	StudentAgeStore(Path path, Duration checkInterval) {
		this.file = new DataFile(path);
		this.checkIntervalNanos = checkInterval.toNanos();
		this.snapshot = open();
		this.nextCheck = new AtomicLong(System.nanoTime() + this.checkIntervalNanos);
	}

	/** The list route's body: {@code {"student_ages":{...}}}, in the file's order. */
	byte[] listBody() {
		return current().listBody();
	}

	Map<String, String> ages() {
		return current().ages();
	}

	@Nullable String age(String name) {
		return current().ages().get(name);
	}

	/**
	 * Creates or updates a student, durably.
	 * @return {@code true} if the student is new
	 */
	boolean put(String name, String age) {
		return write((ages) -> {
			String previous = ages.put(name, age);
			return (previous == null) ? Change.CREATED : age.equals(previous) ? Change.NONE : Change.UPDATED;
		}) == Change.CREATED;
	}

	/**
	 * Deletes a student, durably.
	 * @return {@code false} if there was no such student
	 */
	boolean delete(String name) {
		return write((ages) -> (ages.remove(name) != null) ? Change.DELETED : Change.NONE) == Change.DELETED;
	}

	private Change write(Mutation mutation) {
		this.writeLock.lock();
		try {
			Snapshot base = reconcile(this.snapshot, true);
			this.snapshot = base;
			Map<String, String> ages = new LinkedHashMap<>(base.ages());
			Change change = mutation.apply(ages);
			if (change != Change.NONE) {
				byte[] content = StudentAgeJson.format(ages);
				this.file.writeAtomically(content);
				this.snapshot = Snapshot.of(Collections.unmodifiableMap(ages), this.file.stamp(), content);
			}
			return change;
		}
		catch (IOException ex) {
			log.error("Could not save " + this.file.path(), ex);
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "storage_unavailable",
					"The change could not be saved; try again later");
		}
		finally {
			this.writeLock.unlock();
		}
	}

	private Snapshot current() {
		long now = System.nanoTime();
		long next = this.nextCheck.get();
		if (now - next >= 0 && this.nextCheck.compareAndSet(next, now + this.checkIntervalNanos)
				&& this.writeLock.tryLock()) {
			// A writer holding the lock re-reads the file itself: no need to wait for it.
			try {
				this.snapshot = reconcile(this.snapshot, false);
			}
			catch (IOException | ApiException ex) {
				log.warn("Could not check " + this.file.path() + " for changes: " + ex.getMessage());
			}
			finally {
				this.writeLock.unlock();
			}
		}
		return this.snapshot;
	}

	/**
	 * The data as it is on disk now. Called under the write lock. Before a write the
	 * content is always compared; for a read only when the stamp changed or is recent.
	 */
	private Snapshot reconcile(Snapshot known, boolean forWrite) throws IOException {
		DataFile.Stamp stamp = this.file.stamp();
		if (stamp == null) {
			if (known.stamp() != null) {
				log.warn(this.file.path() + " was deleted; it holds no students until the next write creates it");
			}
			return Snapshot.of(Map.of(), null, null);
		}
		if (!forWrite && stamp.sameAs(known.stamp())
				&& !stamp.isRecent(System.currentTimeMillis(), RACY_WINDOW_MILLIS)) {
			return known;
		}
		byte[] content = this.file.read();
		if (content == null) {
			return Snapshot.of(Map.of(), null, null);
		}
		if (Arrays.equals(content, known.content())) {
			return known.withStamp(stamp);
		}
		try {
			Snapshot reloaded = Snapshot.of(StudentAgeJson.parse(content), stamp, content);
			log.info("Reloaded " + this.file.path() + " after a change on disk (" + reloaded.ages().size()
					+ " students)");
			return reloaded;
		}
		catch (StudentAgeFileException ex) {
			if (!stamp.sameAs(this.reportedBadStamp)) {
				log.warn(this.file.path() + " was changed on disk but cannot be used (" + ex.getMessage()
						+ "); still serving the last valid content, refusing writes until it is fixed");
				this.reportedBadStamp = stamp;
			}
			if (forWrite) {
				throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "data_file_invalid",
						"The data file was edited by hand and is not valid any more (" + ex.getMessage()
								+ "); nothing was changed");
			}
			return known;
		}
	}

	private Snapshot open() {
		try {
			this.file.deleteLeftovers();
			if (this.file.stamp() == null) {
				this.file.writeAtomically(SEED_CONTENT.getBytes(StandardCharsets.UTF_8));
				log.info("Created " + this.file.path() + " with the seed's two students");
			}
			DataFile.Stamp stamp = this.file.stamp();
			byte[] content = this.file.read();
			if (content == null) {
				throw new StudentAgeFileException("The student ages file " + this.file.path() + " disappeared");
			}
			return Snapshot.of(StudentAgeJson.parse(content), stamp, content);
		}
		catch (StudentAgeFileException ex) {
			throw new StudentAgeFileException(
					"The student ages file " + this.file.path() + " cannot be loaded: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new StudentAgeFileException("The student ages file " + this.file.path()
					+ " cannot be read or created: " + ex.getClass().getSimpleName() + " " + ex.getMessage(), ex);
		}
	}

	private enum Change {

		NONE, CREATED, UPDATED, DELETED

	}

	@FunctionalInterface
	private interface Mutation {

		Change apply(Map<String, String> ages);

	}

	/** One version of the data, never modified; replaced as a whole. */
	record Snapshot(Map<String, String> ages, byte[] listBody, DataFile.@Nullable Stamp stamp,
			byte @Nullable [] content) {

		static Snapshot of(Map<String, String> ages, DataFile.@Nullable Stamp stamp, byte @Nullable [] content) {
			return new Snapshot(ages, StudentAgeJson.listBody(ages), stamp, content);
		}

		Snapshot withStamp(DataFile.Stamp stamp) {
			return new Snapshot(this.ages, this.listBody, stamp, this.content);
		}

	}

}
