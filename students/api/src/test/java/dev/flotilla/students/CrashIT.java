package dev.flotilla.students;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the API process (the built jar) with SIGKILL at random moments while a client
 * writes, restarts it, and checks each time that the file parses and holds every
 * acknowledged write. Two lanes run side by side (a JVM start is mostly one core busy).
 */
class CrashIT {

	private static final int KILLS = Integer.getInteger("students.crash.kills", 50);

	private static final JsonMapper strict = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	@TempDir
	Path directory;

	@Test
	void sigkillDuringWritesNeverTearsTheFileNorLosesAnAcknowledgedWrite() throws Exception {
		ApiProcesses processes = ApiProcesses.prepare();
		int lanes = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
		ExecutorService pool = Executors.newFixedThreadPool(lanes);
		List<Future<int[]>> results = new ArrayList<>();
		for (int lane = 0; lane < lanes; lane++) {
			Lane work = new Lane(processes, Files.createDirectories(this.directory.resolve("lane" + lane)), lane,
					(KILLS + lanes - 1) / lanes);
			results.add(pool.submit(work::run));
		}
		pool.shutdown();
		int kills = 0;
		int acknowledged = 0;
		for (Future<int[]> result : results) {
			int[] counts = result.get();
			kills += counts[0];
			acknowledged += counts[1];
		}
		System.out.println("CrashIT: " + kills + " SIGKILLs, " + acknowledged + " acknowledged writes, all found");
		assertThat(kills).isGreaterThanOrEqualTo(KILLS);
		assertThat(acknowledged).as("acknowledged writes").isGreaterThanOrEqualTo(KILLS);
	}

	/** One data file, one API process at a time, one writer. */
	private static final class Lane {

		private final ApiProcesses processes;

		private final Path directory;

		private final Path file;

		private final int runs;

		private final String prefix;

		private final Random random;

		private final ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();

		private Map<String, String> expected = new LinkedHashMap<>(Map.of());

		private int sequence;

		Lane(ApiProcesses processes, Path directory, int lane, int runs) {
			this.processes = processes;
			this.directory = directory;
			this.file = directory.resolve("student_age.json");
			this.runs = runs;
			this.prefix = "Élève " + ApiClient.letters(lane) + " ";
			long seed = System.nanoTime();
			this.random = new Random(seed);
			System.out.println("CrashIT lane " + lane + " seed " + seed);
		}

		int[] run() throws Exception {
			int acknowledged = 0;
			try {
				for (int run = 0; run < this.runs; run++) {
					acknowledged += runOnce(run);
				}
			}
			finally {
				this.killer.shutdownNow();
			}
			return new int[] { this.runs, acknowledged };
		}

		private int runOnce(int run) throws Exception {
			Path log = this.directory.resolve("api.log");
			ApiProcesses.Started started = this.processes.start(Map.of("STUDENT_AGE_FILE", this.file.toString()), log);
			try {
				ApiProcesses.awaitHealthy(started);
				ApiClient api = new ApiClient(started.port());
				if (run == 0) {
					this.expected = onDisk();
				}
				assertThat(listed(api)).as("run %d: the API serves the file", run)
					.containsExactlyEntriesOf(this.expected);
				try (var leftovers = Files.list(this.directory)) {
					assertThat(leftovers.map(Path::getFileName).map(Path::toString))
						.as("temporary files left by the last kill are gone")
						.noneMatch((name) -> name.endsWith(".tmp"));
				}
				long delay = 50 + this.random.nextInt(351);
				var kill = this.killer.schedule(started.process()::destroyForcibly, delay, TimeUnit.MILLISECONDS);
				Write inFlight = null;
				int acknowledged = 0;
				while (!kill.isDone() || started.process().isAlive()) {
					Write write = nextWrite();
					inFlight = write;
					HttpResponse<String> response;
					try {
						response = write.send(api);
					}
					catch (IOException ex) {
						break;
					}
					assertThat(response.statusCode()).as(response.body()).isIn(200, 201, 204);
					write.applyTo(this.expected);
					inFlight = null;
					acknowledged++;
				}
				assertThat(started.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
				check(inFlight, run);
				return acknowledged;
			}
			finally {
				started.process().destroyForcibly();
				started.process().waitFor(30, TimeUnit.SECONDS);
			}
		}

		/**
		 * The file must parse, and hold every acknowledged write; the one in flight may
		 * or may not be there.
		 */
		private void check(Write inFlight, int run) throws IOException {
			Map<String, String> actual = onDisk();
			Map<String, String> withInFlight = new LinkedHashMap<>(this.expected);
			if (inFlight != null) {
				inFlight.applyTo(withInFlight);
			}
			if (!actual.equals(withInFlight)
					|| !List.copyOf(actual.keySet()).equals(List.copyOf(withInFlight.keySet()))) {
				assertThat(actual).as("run %d: every acknowledged write, in order", run)
					.containsExactlyEntriesOf(this.expected);
			}
			this.expected = actual;
		}

		private Write nextWrite() {
			int number = this.sequence++;
			List<String> names = List.copyOf(this.expected.keySet());
			if (!names.isEmpty() && number % 7 == 6) {
				return new Write(names.get(this.random.nextInt(names.size())), null);
			}
			String age = Integer.toString(1 + this.random.nextInt(150));
			if (!names.isEmpty() && number % 5 == 4) {
				return new Write(names.get(this.random.nextInt(names.size())), age);
			}
			return new Write(this.prefix + ApiClient.letters(number), age);
		}

		private Map<String, String> onDisk() throws IOException {
			return strict.readValue(Files.readAllBytes(this.file), new TypeReference<LinkedHashMap<String, String>>() {
			});
		}

		private static Map<String, String> listed(ApiClient api) throws Exception {
			String body = api.get(ApiClient.ROOT + "/get_student_ages").body();
			return strict.readValue(body, new TypeReference<Map<String, LinkedHashMap<String, String>>>() {
			}).get("student_ages");
		}

	}

	/** A put ({@code age} set) or a delete ({@code age} null). */
	private record Write(String name, String age) {

		HttpResponse<String> send(ApiClient api) throws IOException, InterruptedException {
			String path = ApiIntegrationTest.encode(this.name);
			return (this.age != null) ? api.put(path, "{\"age\": " + this.age + "}") : api.delete(path);
		}

		void applyTo(Map<String, String> ages) {
			if (this.age != null) {
				ages.put(this.name, this.age);
			}
			else {
				ages.remove(this.name);
			}
		}

	}

}
