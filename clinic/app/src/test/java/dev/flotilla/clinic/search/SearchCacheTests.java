package dev.flotilla.clinic.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import dev.flotilla.clinic.db.DataChanges;
import dev.flotilla.clinic.patient.PatientResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * What the search cache answers from memory and when it reads the database again: every
 * change on this replica at once, a change elsewhere once the time to live has passed.
 */
class SearchCacheTests {

	private static final Duration TTL = Duration.ofMillis(100);

	private final SearchRepository repository = mock(SearchRepository.class);

	private final DataChanges changes = new DataChanges();

	private final AtomicLong nanos = new AtomicLong();

	private final SearchCache cache = new SearchCache(this.repository, this.changes, TTL, 100, this.nanos::get);

	private final SearchQuery durand = query("patient", "DUR*");

	@Test
	void theSameSearchAskedAgainReadsTheDatabaseOnce() {
		given(this.repository.patients(any())).willReturn(page(501));
		assertThat(this.cache.search(this.durand).total()).isEqualTo(501);
		assertThat(this.cache.search(query("patient", "DUR*")).total()).isEqualTo(501);
		verify(this.repository, times(1)).patients(this.durand);
	}

	@Test
	void aChangeOnThisReplicaIsSeenByTheNextSearch() {
		given(this.repository.patients(any())).willReturn(page(501), page(502));
		this.cache.search(this.durand);
		this.changes.changed();
		assertThat(this.cache.search(this.durand).total()).isEqualTo(502);
	}

	@Test
	void aChangeOnAnotherReplicaIsSeenOnceTheTimeToLiveHasPassed() {
		given(this.repository.patients(any())).willReturn(page(501), page(502));
		this.cache.search(this.durand);
		this.nanos.addAndGet(TTL.toNanos() - 1);
		assertThat(this.cache.search(this.durand).total()).isEqualTo(501);
		this.nanos.addAndGet(1);
		assertThat(this.cache.search(this.durand).total()).isEqualTo(502);
	}

	@Test
	void aPageReadWhileAChangeCommittedIsNotServedAfterIt() {
		// The read saw the database before the commit, the commit ended during the read.
		willAnswer((invocation) -> {
			this.changes.changed();
			return page(501);
		}).given(this.repository).patients(any());
		this.cache.search(this.durand);
		this.cache.search(this.durand);
		verify(this.repository, times(2)).patients(this.durand);
	}

	@Test
	void levelsAndFiltersAreKeptApart() {
		given(this.repository.patients(any())).willReturn(page(501));
		given(this.repository.studies(any())).willReturn(new SearchResult<>(1500, 20, 0, List.of()));
		assertThat(this.cache.search(this.durand).total()).isEqualTo(501);
		assertThat(this.cache.search(query("study", "DUR*")).total()).isEqualTo(1500);
		assertThat(this.cache.search(query("patient", "DURAND")).total()).isEqualTo(501);
		verify(this.repository, times(2)).patients(any());
		verify(this.repository, times(1)).studies(any());
	}

	@Test
	void aFailedReadIsNotKept() {
		given(this.repository.patients(any())).willThrow(new IllegalStateException("database down"))
			.willReturn(page(501));
		assertThatIllegalStateException().isThrownBy(() -> this.cache.search(this.durand));
		assertThat(this.cache.search(this.durand).total()).isEqualTo(501);
	}

	@Test
	void aZeroTimeToLiveReadsEverySearch() {
		SearchCache off = new SearchCache(this.repository, this.changes, Duration.ZERO, 100, this.nanos::get);
		given(this.repository.patients(any())).willReturn(page(501));
		off.search(this.durand);
		off.search(this.durand);
		verify(this.repository, times(2)).patients(this.durand);
	}

	private static SearchQuery query(String level, String name) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("name", name);
		params.add("limit", "20");
		return SearchQuery.parse(params, level);
	}

	private static SearchResult<PatientResponse> page(long total) {
		return new SearchResult<>(total, 20, 0, List.of());
	}

}
