package dev.flotilla.platform.db;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * When a {@link ReadCache} reads the database again: after every local change (counted
 * when its transaction ends), once the time to live has passed, never for a failed read.
 */
class ReadCacheTests {

	private static final Duration TTL = Duration.ofMillis(100);

	private final CommittedChanges changes = new CommittedChanges();

	private final AtomicLong nanos = new AtomicLong();

	private final ReadCache<String, Integer> cache = new ReadCache<>(this.changes, TTL, 100, this.nanos::get);

	private final AtomicInteger reads = new AtomicInteger();

	@Test
	void aKeyAskedAgainIsReadOnce() {
		assertThat(get("a")).isEqualTo(1);
		assertThat(get("a")).isEqualTo(1);
		assertThat(get("b")).isEqualTo(2);
	}

	@Test
	void aLocalChangeIsSeenByTheNextRead() {
		get("a");
		this.changes.changed();
		assertThat(get("a")).isEqualTo(2);
	}

	@Test
	void anotherReplicasChangeIsSeenOnceTheTimeToLiveHasPassed() {
		get("a");
		this.nanos.addAndGet(TTL.toNanos() - 1);
		assertThat(get("a")).isEqualTo(1);
		this.nanos.addAndGet(1);
		assertThat(get("a")).isEqualTo(2);
	}

	@Test
	void aResultReadWhileAChangeCommittedIsNotReusedAfterIt() {
		this.cache.get("a", (key) -> {
			this.changes.changed();
			return this.reads.incrementAndGet();
		});
		assertThat(get("a")).isEqualTo(2);
	}

	@Test
	void aChangeInsideATransactionCountsWhenTheTransactionEnds() {
		List<TransactionSynchronization> pending = new ArrayList<>();
		TransactionSynchronizationManager.initSynchronization();
		try {
			this.changes.changed();
			assertThat(this.changes.version()).isZero();
			pending.addAll(TransactionSynchronizationManager.getSynchronizations());
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		pending.forEach((sync) -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		assertThat(this.changes.version()).isEqualTo(1);
	}

	@Test
	void aFailedReadIsNotKept() {
		assertThatIllegalStateException().isThrownBy(() -> this.cache.get("a", (key) -> {
			throw new IllegalStateException("database down");
		}));
		assertThat(get("a")).isEqualTo(1);
	}

	@Test
	void aZeroTimeToLiveReadsEveryTime() {
		ReadCache<String, Integer> off = new ReadCache<>(this.changes, Duration.ZERO, 100, this.nanos::get);
		off.get("a", (key) -> this.reads.incrementAndGet());
		assertThat(off.get("a", (key) -> this.reads.incrementAndGet())).isEqualTo(2);
	}

	private int get(String key) {
		return this.cache.get(key, (k) -> this.reads.incrementAndGet());
	}

}
