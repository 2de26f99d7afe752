package dev.flotilla.clinic.db;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * This replica's count of committed changes to patients and studies. Every write calls
 * {@link #changed()} once it has run; what is derived from those tables (search results)
 * is kept under the version it was read at, so a change makes it unreachable at once.
 */
@Component
public class DataChanges {

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
	 * Record a change to patients or studies, once the statement has run: at once under
	 * auto-commit, after the transaction ends inside one (a result read before that is
	 * kept under the old version, never under the new one).
	 */
	public void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					DataChanges.this.version.incrementAndGet();
				}
			});
		}
		else {
			this.version.incrementAndGet();
		}
	}

}
