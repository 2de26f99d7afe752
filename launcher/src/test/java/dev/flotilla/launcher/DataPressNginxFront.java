package dev.flotilla.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;

import dev.flotilla.testsupport.RequiredTools;

import static org.awaitility.Awaitility.await;

/**
 * {@code datapress/web/nginx.conf}, the template the front's image renders, run in the
 * machine's nginx in front of a running API: only {@code listen} and {@code root} change
 * (a free loopback port, the real {@code datapress/web} folder), and {@code API_UPSTREAM}
 * is replaced as the image's envsubst would. So a browser test sees the front as the
 * image serves it, Content-Security-Policy included.
 */
final class DataPressNginxFront implements AutoCloseable {

	private static final Path NGINX = Path.of("/usr/sbin/nginx");

	private final Process process;

	private final int port;

	private DataPressNginxFront(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** Start nginx, or skip (fail where tools are required) when it is not installed. */
	static DataPressNginxFront start(Path root, Path directory, int apiPort) throws Exception {
		if (!Files.isExecutable(NGINX)) {
			RequiredTools.missing("Missing " + NGINX + " (apt-get install -y nginx)");
		}
		Files.createDirectories(directory);
		int port = FreePorts.find();
		String server = Files.readString(root.resolve("datapress/web/nginx.conf"), StandardCharsets.UTF_8)
			.replace("${API_UPSTREAM}", "http://127.0.0.1:" + apiPort)
			.replace("listen 80;", "listen 127.0.0.1:" + port + ";")
			.replace("root /usr/share/nginx/html;", "root \"" + root.resolve("datapress/web") + "\";");
		Files.writeString(directory.resolve("default.conf"), server, StandardCharsets.UTF_8);
		String main = """
				daemon off;
				master_process off;
				pid "%1$s/nginx.pid";
				error_log "%1$s/error.log" info;
				events {
				    worker_connections 64;
				}
				http {
				    include /etc/nginx/mime.types;
				    default_type application/octet-stream;
				    access_log "%1$s/access.log";
				    client_body_temp_path "%1$s/client_body";
				    proxy_temp_path "%1$s/proxy";
				    fastcgi_temp_path "%1$s/fastcgi";
				    uwsgi_temp_path "%1$s/uwsgi";
				    scgi_temp_path "%1$s/scgi";
				    include "%1$s/default.conf";
				}
				""".formatted(directory);
		Path conf = Files.writeString(directory.resolve("nginx.conf"), main, StandardCharsets.UTF_8);
		Process process = new ProcessBuilder(NGINX.toString(), "-p", directory + "/", "-e",
				directory.resolve("error.log").toString(), "-c", conf.toString())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("nginx.out").toFile())
			.start();
		DataPressNginxFront front = new DataPressNginxFront(process, port);
		try {
			HttpClient client = HttpClient.newHttpClient();
			await().atMost(Duration.ofSeconds(15))
				.pollInterval(Duration.ofMillis(100))
				.failFast("nginx exited", () -> !process.isAlive())
				.ignoreExceptions()
				.until(() -> client
					.send(HttpRequest.newBuilder(front.url().resolve("/healthz")).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200);
		}
		catch (ConditionTimeoutException | org.awaitility.core.TerminalFailureException ex) {
			front.close();
			throw new AssertionError("nginx did not start: " + Files.readString(directory.resolve("nginx.out")), ex);
		}
		return front;
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + this.port + "/");
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
