package dev.flotilla.factory.status;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.flotilla.platform.health.RuntimeInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class StatusControllerTests {

	private final CountDownLatch never = new CountDownLatch(1);

	@AfterEach
	void release() {
		this.never.countDown();
	}

	@Test
	void hungDatabaseGivesDbOkFalseWithinTheCheckTimeout() {
		StatusController controller = new StatusController(JdbcClient.create(new HangingDataSource(this.never)),
				new RuntimeInfo("1.2.3", Clock.systemUTC()), new StatusProperties("0.1.0"),
				new SimpleAsyncTaskExecutor());
		long started = System.nanoTime();
		StatusController.StatusResponse status = controller.status();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		assertThat(status.dbOk()).isFalse();
		assertThat(status.status()).isEqualTo("ok");
		assertThat(status.version()).isEqualTo("0.1.0");
	}

	@Test
	void refusedConnectionGivesDbOkFalse() {
		StatusController controller = new StatusController(JdbcClient.create(new RefusingDataSource()),
				new RuntimeInfo("1.2.3", Clock.systemUTC()), new StatusProperties("0.1.0"),
				new SimpleAsyncTaskExecutor());
		assertThatCode(controller::status).doesNotThrowAnyException();
		assertThat(controller.status().dbOk()).isFalse();
	}

	/** A database that accepts the connection attempt and never answers. */
	private static final class HangingDataSource extends RefusingDataSource {

		private final CountDownLatch latch;

		HangingDataSource(CountDownLatch latch) {
			this.latch = latch;
		}

		@Override
		public Connection getConnection() throws SQLException {
			try {
				this.latch.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			throw new SQLException("released");
		}

	}

	private static class RefusingDataSource implements DataSource {

		@Override
		public Connection getConnection() throws SQLException {
			throw new SQLException("Connection refused", "08001");
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() {
			return Logger.getGlobal();
		}

		@Override
		public <T> T unwrap(Class<T> iface) throws SQLException {
			throw new SQLException("not a wrapper");
		}

		@Override
		public boolean isWrapperFor(Class<?> iface) {
			return false;
		}

	}

}
