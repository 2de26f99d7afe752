package dev.flotilla.factory.build;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class TriggerBatcherTests {

	private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

	private final BuildRepository builds = mock(BuildRepository.class);

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final ExecutorService clients = Executors.newCachedThreadPool();

	private final TriggerBatcher batcher = new TriggerBatcher(this.builds, this.executor);

	private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

	private int lastNumber;

	@AfterEach
	void stop() {
		this.executor.shutdownNow();
		this.clients.shutdownNow();
	}

	@Test
	void triggersArrivingWhileABatchCommitsGoTogetherInTheNextOne() throws Exception {
		CountDownLatch firstCommit = new CountDownLatch(1);
		given(this.builds.queueAll(eq(7L), anyList())).willAnswer((call) -> {
			List<BuildRepository.Trigger> triggers = call.getArgument(1);
			this.batchSizes.add(triggers.size());
			if (this.batchSizes.size() == 1) {
				firstCommit.await(10, TimeUnit.SECONDS);
			}
			return numbered(7L, triggers);
		});
		List<Future<Optional<Build>>> results = new ArrayList<>();
		results.add(this.clients.submit(() -> this.batcher.trigger(7L, NOW, "dev")));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.batchSizes.size() == 1);
		for (int i = 0; i < 5; i++) {
			results.add(this.clients.submit(() -> this.batcher.trigger(7L, NOW, "dev")));
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> this.batcher.waiting(7L) == 5);
		firstCommit.countDown();
		List<Integer> numbers = new ArrayList<>();
		for (Future<Optional<Build>> result : results) {
			numbers.add(result.get(5, TimeUnit.SECONDS).orElseThrow().number());
		}
		assertThat(this.batchSizes).containsExactly(1, 5);
		assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
		assertThat(this.batcher.waiting(7L)).isZero();
	}

	@Test
	void everyTriggerOfAMissingProjectGetsNothing() {
		given(this.builds.queueAll(eq(404L), anyList())).willReturn(List.of());
		assertThat(this.batcher.trigger(404L, NOW, "dev")).isEmpty();
	}

	@Test
	void aFailedCommitFailsItsTriggersAndTheNextTriggerStartsAFreshBatch() {
		given(this.builds.queueAll(eq(3L), anyList())).willThrow(new DataAccessResourceFailureException("down"))
			.willAnswer((call) -> numbered(3L, call.getArgument(1)));
		// The failure reaches the caller as the repository's exception, mapped by the
		// API's handlers.
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.batcher.trigger(3L, NOW, "dev"));
		assertThat(this.batcher.trigger(3L, NOW, "dev")).map(Build::number).contains(1);
	}

	private synchronized List<Build> numbered(long projectId, List<BuildRepository.Trigger> triggers) {
		List<Build> queued = new ArrayList<>();
		for (BuildRepository.Trigger trigger : triggers) {
			this.lastNumber++;
			queued.add(new Build(this.lastNumber, projectId, this.lastNumber, BuildStatus.QUEUED, null, "Queued\n",
					null, trigger.at(), null, null, trigger.by()));
		}
		return queued;
	}

}
