package dev.flotilla.launcher;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class FleetStarterTests {

	@TempDir
	Path root;

	@BeforeEach
	void site() throws Exception {
		Files.writeString(Files.createDirectories(this.root.resolve("site")).resolve("index.html"), "hello");
	}

	@Test
	void startsASystemAndStopsItOnClose() throws Exception {
		SystemSpec site = site("/", FreePorts.find());
		try (RunningFleet fleet = starter(List.of(site), Duration.ofSeconds(10)).start(List.of(site))) {
			assertThat(fleet.systems()).extracting(Running::spec).containsExactly(site);
			assertThat(HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(site.url()).build(), BodyHandlers.ofString())
				.body()).isEqualTo("hello");
		}
		assertThat(Ports.isFree(site.port())).isTrue();
	}

	@Test
	void startsTheSystemsSideBySideRatherThanOneAfterTheOther() throws Exception {
		SystemSpec first = site("/ready.html", FreePorts.find());
		SystemSpec second = new SystemSpec("second", FreePorts.find(), first.kind(), "/ready.html",
				SystemSpec.NO_CREDENTIALS);
		List<SystemSpec> systems = List.of(first, second);
		CompletableFuture<RunningFleet> fleet = CompletableFuture
			.supplyAsync(() -> startUnchecked(starter(systems, Duration.ofSeconds(30)), systems));
		// Neither is healthy yet, and both already listen: the second did not wait for
		// the first.
		await().atMost(Duration.ofSeconds(10)).until(() -> !Ports.isFree(first.port()) && !Ports.isFree(second.port()));
		assertThat(fleet).isNotDone();
		Files.writeString(this.root.resolve("site/ready.html"), "ready");
		try (RunningFleet running = fleet.get(10, TimeUnit.SECONDS)) {
			assertThat(running.systems()).extracting(Running::spec).containsExactly(first, second);
		}
	}

	@Test
	void reportsAChildThatExitsWithItsCodeAndLogAndStopsTheOthers() {
		SystemSpec site = site("/", FreePorts.find());
		SystemSpec broken = new SystemSpec("broken", FreePorts.find(), new Kind.BootJar(Path.of("missing.jar")),
				"/health", SystemSpec.NO_CREDENTIALS);
		List<SystemSpec> systems = List.of(site, broken);
		assertThatExceptionOfType(StartupException.class)
			.isThrownBy(() -> starter(systems, Duration.ofSeconds(30)).start(systems))
			.withMessageStartingWith("broken exited with code 1 before it was healthy.")
			.withMessageContaining("Last 40 lines of " + this.root.resolve("logs/broken.log"))
			.withMessageContaining("missing.jar");
		assertThat(Ports.isFree(site.port())).isTrue();
	}

	@Test
	void givesUpWhenASystemIsNotHealthyInTime() {
		SystemSpec neverHealthy = site("/no-such-page", FreePorts.find());
		assertThatExceptionOfType(StartupException.class)
			.isThrownBy(() -> starter(List.of(neverHealthy), Duration.ofSeconds(1)).start(List.of(neverHealthy)))
			.withMessageStartingWith("site was not healthy after 1 s");
		assertThat(Ports.isFree(neverHealthy.port())).isTrue();
	}

	private static RunningFleet startUnchecked(FleetStarter starter, List<SystemSpec> systems) {
		try {
			return starter.start(systems);
		}
		catch (StartupException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private SystemSpec site(String healthPath, int port) {
		return new SystemSpec("site", port, new Kind.StaticSite(Path.of("site"), "site"), healthPath,
				SystemSpec.NO_CREDENTIALS);
	}

	private FleetStarter starter(List<SystemSpec> fleet, Duration timeout) {
		return new FleetStarter(new StartContext(this.root, this.root.resolve("logs"), fleet), timeout,
				Progress.SILENT);
	}

}
