package dev.flotilla.platform.health;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.PlatformTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On shutdown (what SIGTERM triggers), readiness turns false while the server still
 * answers, then the server stops accepting connections and lets in-flight requests
 * finish.
 */
class GracefulShutdownIT {

	private static final HttpClient client = HttpClient.newHttpClient();

	@Test
	void readinessTurnsFalseFirstThenInFlightRequestsFinish() throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PlatformTestApplication.class,
				SlowController.class, ReadinessProbe.class)
			.run("--server.port=0", "--platform.shutdown.drain-delay=200ms");
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		SlowController slow = context.getBean(SlowController.class);
		ReadinessProbe probe = context.getBean(ReadinessProbe.class);

		CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test/slow")).build(),
				BodyHandlers.ofString());
		assertThat(slow.entered.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);

		await().atMost(Duration.ofSeconds(15)).until(() -> refusesConnections(port));
		slow.release.countDown();

		assertThat(inFlight.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		closing.get(30, TimeUnit.SECONDS);
		assertThat(probe.readinessStatusWhenRefusing.get()).isEqualTo(503);
		assertThat(probe.healthStatusWhenRefusing.get()).isEqualTo(503);
	}

	private static boolean refusesConnections(int port) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

	@RestController
	static class SlowController {

		final CountDownLatch entered = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		@GetMapping("/test/slow")
		String slow() throws InterruptedException {
			this.entered.countDown();
			return this.release.await(30, TimeUnit.SECONDS) ? "done" : "timed out";
		}

	}

	/**
	 * Stops before every other lifecycle, hence after readiness turned false but before
	 * the web server shuts down, and asks the live server for its readiness then.
	 */
	static class ReadinessProbe implements SmartLifecycle {

		final AtomicInteger readinessStatusWhenRefusing = new AtomicInteger();

		final AtomicInteger healthStatusWhenRefusing = new AtomicInteger();

		private final WebServerApplicationContext context;

		private volatile boolean running;

		ReadinessProbe(WebServerApplicationContext context) {
			this.context = context;
		}

		@Override
		public void start() {
			this.running = true;
		}

		@Override
		public void stop() {
			this.running = false;
			int port = this.context.getWebServer().getPort();
			this.readinessStatusWhenRefusing.set(statusOf(port, "/actuator/health/readiness"));
			this.healthStatusWhenRefusing.set(statusOf(port, "/health"));
		}

		private static int statusOf(int port, String path) {
			try {
				return client
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
							BodyHandlers.discarding())
					.statusCode();
			}
			catch (IOException ex) {
				return -1;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return -1;
			}
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		@Override
		public int getPhase() {
			return Integer.MAX_VALUE;
		}

	}

}
