package dev.flotilla.shop.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the API on one database ({@code here} and {@code there}), with a clock
 * the test moves: what each serves after a write, and what it costs.
 */
class CatalogVersionTests {

	private static final Duration FRESHNESS = Duration.ofMillis(100);

	private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	private final AtomicInteger reads = new AtomicInteger();

	private SingleConnectionDataSource dataSource;

	private JdbcClient jdbc;

	private TransactionTemplate transactions;

	private CatalogVersion here;

	private CatalogVersion there;

	@BeforeEach
	void database() {
		this.dataSource = new SingleConnectionDataSource(
				"jdbc:h2:mem:catalog-version-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
		this.jdbc = JdbcClient.create(this.dataSource);
		this.jdbc.sql("CREATE TABLE catalogue_version (id INTEGER PRIMARY KEY, version BIGINT NOT NULL)").update();
		this.jdbc.sql("INSERT INTO catalogue_version (id, version) VALUES (1, 7)").update();
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
		this.here = new CatalogVersion(this.jdbc, FRESHNESS, this.nanos::get);
		this.there = new CatalogVersion(this.jdbc, FRESHNESS, this.nanos::get);
	}

	@AfterEach
	void close() {
		this.jdbc.sql("SHUTDOWN").update();
		this.dataSource.destroy();
	}

	@Test
	void aCommittedWriteIsServedAtOnceByItsInstanceAndWithinTheFreshnessByTheOthers() {
		assertThat(this.here.current()).isEqualTo(7);
		assertThat(this.there.current()).isEqualTo(7);

		this.transactions.executeWithoutResult((status) -> this.here.bump());

		assertThat(this.here.current()).isEqualTo(8);
		this.nanos.addAndGet(FRESHNESS.toNanos() - 1);
		assertThat(this.there.current()).as("still within the freshness").isEqualTo(7);
		this.nanos.addAndGet(1);
		assertThat(this.there.current()).isEqualTo(8);
	}

	@Test
	void aVersionIsReadOncePerFreshnessPeriodHoweverManyRequestsAskForIt() {
		CatalogVersion counted = new CatalogVersion(countingReads(), FRESHNESS, this.nanos::get);
		for (int i = 0; i < 1_000; i++) {
			counted.current();
		}
		assertThat(this.reads).hasValue(1);
		this.nanos.addAndGet(FRESHNESS.toNanos());
		counted.current();
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void aRolledBackWriteChangesNoVersion() {
		assertThat(this.here.current()).isEqualTo(7);

		this.transactions.executeWithoutResult((status) -> {
			this.here.bump();
			status.setRollbackOnly();
		});

		this.nanos.addAndGet(FRESHNESS.toNanos());
		assertThat(this.here.current()).isEqualTo(7);
		assertThat(this.there.current()).isEqualTo(7);
	}

	@Test
	void aLateReadNeverLowersTheVersionALocalCommitRaised() {
		assertThat(this.here.current()).isEqualTo(7);
		this.transactions.executeWithoutResult((status) -> this.here.bump());
		// Another instance's write, then this one's read: both must count.
		this.transactions.executeWithoutResult((status) -> this.there.bump());
		this.nanos.addAndGet(FRESHNESS.toNanos());

		assertThat(this.here.current()).isEqualTo(9);
	}

	@Test
	void withNoFreshnessEveryRequestReadsTheVersion() {
		CatalogVersion strict = new CatalogVersion(this.jdbc, Duration.ZERO, this.nanos::get);
		assertThat(strict.current()).isEqualTo(7);

		this.transactions.executeWithoutResult((status) -> this.there.bump());

		assertThat(strict.current()).isEqualTo(8);
	}

	@Test
	void theListIsRenderedOncePerVersion() {
		AtomicInteger renders = new AtomicInteger();
		List<byte[]> bodies = List.of(this.here.body(7, () -> render(renders, "a")),
				this.here.body(7, () -> render(renders, "b")), this.here.body(8, () -> render(renders, "c")),
				this.here.body(7, () -> render(renders, "d")));

		assertThat(bodies).extracting(String::new).containsExactly("a", "a", "c", "c");
		assertThat(renders).hasValue(2);
	}

	private static byte[] render(AtomicInteger renders, String body) {
		renders.incrementAndGet();
		return body.getBytes();
	}

	private JdbcClient countingReads() {
		return JdbcClient.create(new DelegatingDataSource(this.dataSource) {
			@Override
			public Connection getConnection() throws SQLException {
				CatalogVersionTests.this.reads.incrementAndGet();
				return super.getConnection();
			}
		});
	}

}
