package dev.flotilla.clinic.search;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import dev.flotilla.clinic.db.DataChanges;
import dev.flotilla.clinic.patient.PatientResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * What the search cache answers from memory: each search and level apart, until a change
 * on this replica (the time to live and the rest: the platform's {@code ReadCacheTests}).
 */
class SearchCacheTests {

	private static final Duration TTL = Duration.ofHours(1);

	private final SearchRepository repository = mock(SearchRepository.class);

	private final DataChanges changes = new DataChanges();

	private final SearchCache cache = new SearchCache(this.repository, this.changes, new SearchProperties(TTL, 100));

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
	void levelsAndFiltersAreKeptApart() {
		given(this.repository.patients(any())).willReturn(page(501));
		given(this.repository.studies(any())).willReturn(new SearchResult<>(1500, 20, 0, List.of()));
		assertThat(this.cache.search(this.durand).total()).isEqualTo(501);
		assertThat(this.cache.search(query("study", "DUR*")).total()).isEqualTo(1500);
		assertThat(this.cache.search(query("patient", "DURAND")).total()).isEqualTo(501);
		verify(this.repository, times(2)).patients(any());
		verify(this.repository, times(1)).studies(any());
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
