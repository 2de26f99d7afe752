package dev.flotilla.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import dev.flotilla.testsupport.JarProcess;
import dev.flotilla.testsupport.RequiredTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the Kubernetes manifests rely on, proven with real processes since no API server
 * runs here: two DataPress API replicas (the built jar) behind Debian's nginx acting as
 * the Service, under a steady, bounded load on loopback. A rolling restart loses no
 * request; a SIGKILL loses a bounded few, and full service is back within 5 s; readiness
 * turns false before the replica stops serving.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasBehindNginxIT {

	private static final Path JAR = Repository.resolve("datapress/api/target/datapress-api.jar");

	private static final Path NGINX = Path.of("/usr/sbin/nginx");

	/**
	 * Kept short so the test is quick; production's is longer (see api-deployment.yaml).
	 */
	private static final Map<String, String> ENV = Map.of("PLATFORM_SHUTDOWN_DRAIN_DELAY", "1s");

	/**
	 * Four paced senders at one request per 20 ms each: at most 200 requests a second.
	 */
	private static final int SENDERS = 4;

	private static final Duration PACE = Duration.ofMillis(20);

	@TempDir
	static Path dir;

	private static final JarProcess[] replicas = new JarProcess[2];

	private static Process nginx;

	private static int servicePort;

	private static final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	@BeforeAll
	static void start() throws Exception {
		if (!Files.isExecutable(NGINX)) {
			RequiredTools.missing("Missing " + NGINX + " (apt-get install -y nginx)");
		}
		assertThat(JAR).as("datapress-api jar (the reactor builds datapress/api before deploy)").isRegularFile();
		for (int i = 0; i < 2; i++) {
			replicas[i] = JarProcess.start(JAR, ENV, dir.resolve("replica-" + i + ".log"));
		}
		for (JarProcess replica : replicas) {
			replica.awaitOk("/health", Duration.ofSeconds(120));
		}
		servicePort = JarProcess.freePort();
		Files.writeString(dir.resolve("nginx.conf"), nginxConf(servicePort, replicas[0].port(), replicas[1].port()));
		Files.createDirectories(dir.resolve("temp"));
		nginx = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("nginx.out").toFile())
			.start();
		await().atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.until(() -> get(servicePort, "/health").statusCode() == 200);
	}

	@AfterAll
	static void stop() throws Exception {
		if (nginx != null) {
			nginx.destroy();
			nginx.waitFor(10, TimeUnit.SECONDS);
		}
		for (JarProcess replica : replicas) {
			if (replica != null) {
				replica.kill();
			}
		}
	}

	/**
	 * Kubernetes' rolling update with {@code maxUnavailable: 0}: a replica is stopped
	 * only once the other one is back in the Service's endpoints. Ready on its own port
	 * is not enough: nginx's passive health check keeps a replica it saw refuse
	 * connections out of rotation for up to {@code fail_timeout} after it is ready, and
	 * stopping the other one then leaves no live upstream (502s for that long: 196 lost
	 * requests in one CI run, 604 with a 10 s {@code fail_timeout}).
	 */
	@Test
	@Order(1)
	void rollingRestartUnderLoadLosesNoRequest() throws Exception {
		try (Load load = Load.start(servicePort)) {
			await().atMost(Duration.ofSeconds(10)).until(() -> load.sent() >= 200);
			for (int i = 0; i < 2; i++) {
				awaitRoutedTo(replicas[1 - i]);
				JarProcess old = replicas[i];
				old.process().destroy();
				// The drain: /health already says 503 while the replica still serves and
				// is alive.
				await().atMost(Duration.ofSeconds(5))
					.pollInterval(Duration.ofMillis(20))
					.ignoreExceptions()
					.until(() -> get(old.port(), "/health").statusCode() == 503);
				assertThat(old.process().isAlive()).as("alive while readiness is down").isTrue();
				assertThat(get(old.port(), "/").statusCode()).as("still serving while draining").isEqualTo(200);
				assertThat(old.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
				replicas[i] = JarProcess.start(JAR, old.port(), ENV, dir.resolve("replica-" + i + ".log"));
				replicas[i].awaitOk("/health", Duration.ofSeconds(120));
			}
			long before = load.sent();
			await().atMost(Duration.ofSeconds(10)).until(() -> load.sent() >= before + 200);
			load.close();
			report("rolling restart", load, -1);
			assertThat(load.failures()).as("failed requests during the rolling restart").isEmpty();
		}
	}

	@Test
	@Order(2)
	void killedReplicaCostsFewRequestsAndFullServiceIsBackWithinFiveSeconds() throws Exception {
		try (Load load = Load.start(servicePort)) {
			await().atMost(Duration.ofSeconds(10)).until(() -> load.sent() >= 200);
			// Full service first: the survivor must be in rotation, or the kill leaves
			// none.
			awaitRoutedTo(replicas[1]);
			long killedAt = System.nanoTime();
			replicas[0].kill();
			// Five seconds of load after the kill: every failure must fall before the 5 s
			// mark.
			await().atMost(Duration.ofSeconds(15))
				.until(() -> System.nanoTime() - killedAt > TimeUnit.SECONDS.toNanos(5) && load.sent() > 0);
			long fiveSecondsLater = load.sent();
			await().atMost(Duration.ofSeconds(10)).until(() -> load.sent() >= fiveSecondsLater + 200);
			load.close();
			report("SIGKILL of one replica", load, killedAt);
			List<Failure> late = load.failures()
				.stream()
				.filter((failure) -> failure.at() - killedAt > TimeUnit.SECONDS.toNanos(5))
				.toList();
			assertThat(late).as("failures more than 5 s after the kill").isEmpty();
			assertThat(load.failures()).as("failed requests after a SIGKILL").hasSizeLessThanOrEqualTo(SENDERS * 5);
		}
		replicas[0] = JarProcess.start(JAR, replicas[0].port(), ENV, dir.resolve("replica-0.log"));
		replicas[0].awaitOk("/health", Duration.ofSeconds(120));
	}

	/**
	 * Waits until the Service (nginx) sends a request to this replica and it answers, the
	 * way an endpoint is back in a Service once its pod is ready.
	 * @param replica the replica
	 */
	private static void awaitRoutedTo(JarProcess replica) {
		String address = "127.0.0.1:" + replica.port();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).ignoreExceptions().until(() -> {
			HttpResponse<Void> response = get(servicePort, "/health");
			return response.statusCode() == 200
					&& response.headers().firstValue("X-Upstream").orElse("").equals(address);
		});
	}

	private static void report(String scenario, Load load, long killedAt) {
		String last = (killedAt < 0 || load.failures().isEmpty()) ? ""
				: String.format(", last failure %.2f s after the kill",
						(load.failures().stream().mapToLong(Failure::at).max().orElseThrow() - killedAt) / 1e9);
		Map<String, Long> causes = load.failures()
			.stream()
			.collect(Collectors.groupingBy(Failure::cause, TreeMap::new, Collectors.counting()));
		// Printed for the CI log: the figures the closing note reports.
		System.out.printf("%s: %d requests, %d failed%s%s%n", scenario, load.sent(), load.failures().size(), last,
				causes.isEmpty() ? "" : " " + causes);
	}

	static HttpResponse<Void> get(int port, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(5))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.discarding());
	}

	private static String nginxConf(int listen, int first, int second) {
		return """
				worker_processes 1;
				daemon off;
				pid nginx.pid;
				error_log error.log warn;
				events { worker_connections 256; }
				http {
				    access_log off;
				    client_body_temp_path temp/body;
				    proxy_temp_path temp/proxy;
				    fastcgi_temp_path temp/fastcgi;
				    uwsgi_temp_path temp/uwsgi;
				    scgi_temp_path temp/scgi;
				    # Passive health, as close as nginx gets to a Service's endpoints: a replica that
				    # refuses a connection is left out for 2 s, then tried again, ready or not (hence
				    # awaitRoutedTo before another replica stops). Named like the Service, and a valid
				    # host name: nginx sends it as Host, and Tomcat rejects one with "_" (400).
				    upstream datapress-api {
				        server 127.0.0.1:%d max_fails=1 fail_timeout=2s;
				        server 127.0.0.1:%d max_fails=1 fail_timeout=2s;
				        keepalive 16;
				    }
				    server {
				        listen 127.0.0.1:%d;
				        location / {
				            proxy_pass http://datapress-api;
				            proxy_http_version 1.1;
				            proxy_set_header Connection "";
				            # GETs are idempotent: a refused, reset or draining (503) replica's request
				            # goes to the other one.
				            proxy_next_upstream error timeout http_502 http_503;
				            proxy_next_upstream_tries 2;
				            proxy_connect_timeout 1s;
				            proxy_read_timeout 5s;
				            # The replica that answered, and only it (retries list every one tried).
				            add_header X-Upstream $upstream_addr always;
				        }
				    }
				}
				""".formatted(first, second, listen);
	}

	/**
	 * A request that did not get a 200.
	 *
	 * @param at when it was sent ({@link System#nanoTime()})
	 * @param cause the status or the exception
	 */
	record Failure(long at, String cause) {

	}

	/**
	 * Paced GETs of the API's root through the Service; records when each failure
	 * happened.
	 */
	static final class Load implements AutoCloseable {

		private final ScheduledExecutorService senders = Executors.newScheduledThreadPool(SENDERS);

		private final AtomicLong sent = new AtomicLong();

		private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();

		static Load start(int port) {
			Load load = new Load();
			for (int i = 0; i < SENDERS; i++) {
				load.senders.scheduleAtFixedRate(() -> load.send(port), 0, PACE.toMillis(), TimeUnit.MILLISECONDS);
			}
			return load;
		}

		private void send(int port) {
			long at = System.nanoTime();
			try {
				int status = get(port, "/").statusCode();
				if (status != 200) {
					this.failures.add(new Failure(at, "HTTP " + status));
				}
			}
			catch (IOException ex) {
				this.failures.add(new Failure(at, ex.toString()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.sent.incrementAndGet();
		}

		long sent() {
			return this.sent.get();
		}

		List<Failure> failures() {
			return List.copyOf(this.failures);
		}

		@Override
		public void close() throws InterruptedException {
			this.senders.shutdown();
			this.senders.awaitTermination(10, TimeUnit.SECONDS);
		}

	}

}
