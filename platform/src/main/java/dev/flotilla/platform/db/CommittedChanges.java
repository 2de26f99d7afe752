package dev.flotilla.platform.db;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * This replica's count of committed changes to some tables: each write calls
 * {@link #changed()} once its statement has run, and what is derived from those tables is
 * kept under the {@link #version()} it was read at ({@link ReadCache}), so a change makes
 * it unreachable at once. Changes made by other replicas are not counted: they are seen
 * through the cache's time to live.
 */
public class CommittedChanges {

	private final AtomicLong version = new AtomicLong();

	/**
	 * The current version: a result read from the database after this call is at least as
	 * new as every change this replica made before it.
	 * @return the version
	 */
	public long version() {
		return this.version.get();
	}

	/**
	 * Count a change once its statement has run: at once under auto-commit, after the
	 * transaction ends inside one, so that a result read before the commit is kept under
	 * the old version, never under the new one.
	 */
	public void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					CommittedChanges.this.version.incrementAndGet();
				}
			});
		}
		else {
			this.version.incrementAndGet();
		}
	}

}
