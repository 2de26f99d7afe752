package dev.flotilla.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.flotilla.testsupport.JarProcess;
import dev.flotilla.testsupport.RequiredTools;
import dev.flotilla.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sessions that outlive their replica: two clinic replicas (the built jar) on one
 * PostgreSQL database, behind Debian's nginx acting as the Service, round-robin and with
 * no affinity. A user logs in, every replica serves some of the user's requests, the
 * replica that served the login is stopped and started again, and the same session goes
 * on through the other one without a failed request; logout then ends it on both.
 */
class ClinicReplicasBehindNginxIT {

	private static final Path JAR = Repository.resolve("clinic/app/target/clinic-app.jar");

	private static final Path NGINX = Path.of("/usr/sbin/nginx");

	private static final Pattern SESSION = Pattern.compile("CLINIC_SESSION=([^;]+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

	private static final String READY = "/actuator/health/readiness";

	/** Two paced senders at one request per 25 ms each. */
	private static final int SENDERS = 2;

	private static final Duration PACE = Duration.ofMillis(25);

	@TempDir
	static Path dir;

	private static TestDatabase.Fresh database;

	private static Map<String, String> environment;

	private static final JarProcess[] replicas = new JarProcess[2];

	private static Process nginx;

	private static int servicePort;

	private static final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	@BeforeAll
	static void start() throws Exception {
		if (!Files.isExecutable(NGINX)) {
			RequiredTools.missing("Missing " + NGINX + " (apt-get install -y nginx)");
		}
		assertThat(JAR).as("clinic-app jar (the reactor builds clinic/app before deploy)").isRegularFile();
		database = TestDatabase.POSTGRES.create("clinic_replicas");
		environment = Map.of("SPRING_DATASOURCE_URL", database.url(), "SPRING_DATASOURCE_USERNAME", database.username(),
				"SPRING_DATASOURCE_PASSWORD", database.password(), "DB_POOL_SIZE", "4", "PLATFORM_SHUTDOWN_DRAIN_DELAY",
				"1s");
		// One after the other: the first one runs the migrations.
		for (int i = 0; i < 2; i++) {
			replicas[i] = JarProcess.start(JAR, environment, dir.resolve("replica-" + i + ".log"));
			replicas[i].awaitOk(READY, Duration.ofSeconds(180));
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
			.until(() -> send(servicePort, "GET", READY, null, null, null).statusCode() == 200);
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
		if (database != null) {
			database.close();
		}
	}

	@Test
	void aSessionGoesOnThroughTheOtherReplicaWhileItsOwnRestartsAndLogoutEndsItOnBoth() throws Exception {
		HttpResponse<String> form = send(servicePort, "GET", "/login", null, null, null);
		String anonymous = cookie(form).orElseThrow();
		HttpResponse<String> login = send(servicePort, "POST", "/login", anonymous,
				"username=admin&password=admin&_csrf=" + encode(match(CSRF, form.body())), null);
		assertThat(login.statusCode()).as("login").isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValue("/ui");
		String session = cookie(login).orElseThrow();
		int loginReplica = replicaIndex(upstream(login));

		try (Load load = Load.start(servicePort, session)) {
			await().atMost(Duration.ofSeconds(30)).until(() -> load.sent() >= 100 && load.servedBy().size() == 2);
			JarProcess old = replicas[loginReplica];
			// SIGTERM, as Kubernetes stops a pod: its readiness turns 503 during the
			// drain.
			old.stop();
			assertThat(old.process().isAlive()).as("the replica that served the login is stopped").isFalse();
			long whileDown = load.sent();
			await().atMost(Duration.ofSeconds(30)).until(() -> load.sent() >= whileDown + 100);
			replicas[loginReplica] = JarProcess.start(JAR, old.port(), environment,
					dir.resolve("replica-" + loginReplica + ".log"));
			replicas[loginReplica].awaitOk(READY, Duration.ofSeconds(180));
			long restarted = load.servedBy(loginReplica);
			await().atMost(Duration.ofSeconds(30)).until(() -> load.servedBy(loginReplica) >= restarted + 20);
			load.close();
			// Printed for the CI log: the figures the closing note reports.
			System.out.printf("clinic session across a replica restart: %d requests, %d failed, served by %s%s%n",
					load.sent(), load.failures().size(), load.servedBy(),
					load.failures().isEmpty() ? "" : " " + load.causes());
			assertThat(load.failures()).as("failed requests of the logged-in session").isEmpty();
		}

		HttpResponse<String> csrf = send(servicePort, "GET", "/api/csrf", session, null, null);
		assertThat(csrf.statusCode()).isEqualTo(200);
		HttpResponse<String> logout = send(servicePort, "POST", "/logout", session, "", match(TOKEN, csrf.body()));
		assertThat(logout.statusCode()).as("logout").isEqualTo(302);
		assertThat(logout.headers().firstValue("Location")).hasValue("/login?logout");
		for (JarProcess replica : replicas) {
			assertThat(send(replica.port(), "GET", "/api/search?limit=1", session, null, null).statusCode())
				.as("the logged-out cookie on the replica at port " + replica.port())
				.isEqualTo(401);
		}
	}

	private static int replicaIndex(String upstream) {
		for (int i = 0; i < 2; i++) {
			if (upstream.equals("127.0.0.1:" + replicas[i].port())) {
				return i;
			}
		}
		throw new AssertionError("Unknown upstream " + upstream);
	}

	/**
	 * The replica that answered: the last of {@code $upstream_addr}, which lists every
	 * replica tried ("a, b" when nginx retried the request on the other one).
	 */
	private static String upstream(HttpResponse<?> response) {
		String tried = response.headers().firstValue("X-Upstream").orElse("");
		return tried.substring(tried.lastIndexOf(' ') + 1);
	}

	private static Optional<String> cookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SESSION::matcher)
			.filter(Matcher::find)
			.map((matcher) -> matcher.group(1))
			.findFirst();
	}

	private static String match(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static HttpResponse<String> send(int port, String method, String path, String session, String form,
			String csrfHeader) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(5));
		if (session != null) {
			request.header("Cookie", "CLINIC_SESSION=" + session);
		}
		if (csrfHeader != null) {
			request.header("X-CSRF-TOKEN", csrfHeader);
		}
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded");
			request.method(method, HttpRequest.BodyPublishers.ofString(form));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
				    # Round-robin, no affinity (no ip_hash, no sticky cookie): as the Service now is.
				    upstream clinic-app {
				        server 127.0.0.1:%d max_fails=1 fail_timeout=2s;
				        server 127.0.0.1:%d max_fails=1 fail_timeout=2s;
				        keepalive 16;
				    }
				    server {
				        listen 127.0.0.1:%d;
				        location / {
				            proxy_pass http://clinic-app;
				            proxy_http_version 1.1;
				            proxy_set_header Connection "";
				            proxy_next_upstream error timeout http_502 http_503;
				            proxy_next_upstream_tries 2;
				            proxy_connect_timeout 1s;
				            proxy_read_timeout 5s;
				            add_header X-Upstream $upstream_addr always;
				        }
				    }
				}
				""".formatted(first, second, listen);
	}

	/**
	 * Paced GETs of a search with the session's cookie through the Service: a failure is
	 * anything but a 200 JSON page for that same session (no new session cookie).
	 */
	static final class Load implements AutoCloseable {

		private final ScheduledExecutorService senders = Executors.newScheduledThreadPool(SENDERS);

		private final AtomicLong sent = new AtomicLong();

		private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

		private final Map<String, AtomicLong> served = new ConcurrentHashMap<>();

		static Load start(int port, String session) {
			Load load = new Load();
			for (int i = 0; i < SENDERS; i++) {
				load.senders.scheduleAtFixedRate(() -> load.send(port, session), 0, PACE.toMillis(),
						TimeUnit.MILLISECONDS);
			}
			return load;
		}

		private void send(int port, String session) {
			try {
				HttpResponse<String> response = ClinicReplicasBehindNginxIT.send(port, "GET", "/api/search?limit=1",
						session, null, null);
				if (response.statusCode() != 200 || !response.body().contains("\"total\"")) {
					this.failures.add("HTTP " + response.statusCode());
				}
				else if (cookie(response).isPresent()) {
					this.failures.add("new session cookie");
				}
				else {
					this.served.computeIfAbsent(upstream(response), (key) -> new AtomicLong()).incrementAndGet();
				}
			}
			catch (IOException ex) {
				this.failures.add(ex.getClass().getSimpleName());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.sent.incrementAndGet();
		}

		long sent() {
			return this.sent.get();
		}

		Map<String, Long> servedBy() {
			Map<String, Long> counts = new TreeMap<>();
			this.served.forEach((upstream, count) -> counts.put(upstream, count.get()));
			return counts;
		}

		long servedBy(int replica) {
			AtomicLong count = this.served.get("127.0.0.1:" + replicas[replica].port());
			return (count != null) ? count.get() : 0;
		}

		List<String> failures() {
			return List.copyOf(this.failures);
		}

		Map<String, Long> causes() {
			Map<String, Long> causes = new TreeMap<>();
			this.failures.forEach((cause) -> causes.merge(cause, 1L, Long::sum));
			return causes;
		}

		@Override
		public void close() throws InterruptedException {
			this.senders.shutdown();
			this.senders.awaitTermination(10, TimeUnit.SECONDS);
		}

	}

}
