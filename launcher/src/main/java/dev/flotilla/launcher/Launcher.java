package dev.flotilla.launcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code java -jar launcher/target/launcher.jar}: starts the fleet, prints where
 * everything is, and stops it all on Ctrl-C.
 */
public final class Launcher {

	static final String LOG_DIR_VARIABLE = "FLOTILLA_LOG_DIR";

	static final String AOT_VARIABLE = "FLOTILLA_AOT";

	private final Path root;

	private final Map<String, String> env;

	private final PrintStream out;

	private final boolean terminal;

	// Set by the shutdown hook: from then on a stopping system is expected, not a
	// failure.
	private volatile boolean stopping;

	Launcher(Path root, Map<String, String> env, PrintStream out, boolean terminal) {
		this.root = root;
		this.env = Map.copyOf(env);
		this.out = out;
		this.terminal = terminal;
	}

	public static void main(String[] args) {
		Launcher launcher = new Launcher(findRoot(Path.of("").toAbsolutePath()), System.getenv(), System.out,
				System.console() != null);
		int code = launcher.run(args);
		if (code != 0) {
			System.exit(code);
		}
	}

	/**
	 * Runs until the fleet stops; returns the process exit code (2 for a usage error).
	 */
	int run(String... args) {
		Options options;
		List<SystemSpec> fleet;
		List<SystemSpec> chosen;
		try {
			options = Options.parse(args);
			if (options.help()) {
				this.out.print(Options.USAGE);
				return 0;
			}
			fleet = Fleet.systems(this.env);
			chosen = options.select(fleet);
		}
		catch (UsageException | IllegalArgumentException ex) {
			this.out.println(ex.getMessage());
			this.out.println("Run with --help for the options.");
			return 2;
		}
		List<String> problems = problems(chosen);
		if (!problems.isEmpty()) {
			problems.forEach((problem) -> this.out.println("Cannot start: " + problem));
			return 1;
		}
		prepareAotCaches(chosen);
		return startAndWait(options, fleet, chosen);
	}

	/**
	 * Makes the AOT caches the systems start from (JDK 25), side by side, once per build;
	 * {@code FLOTILLA_AOT=false} starts from the jars.
	 */
	private void prepareAotCaches(List<SystemSpec> chosen) {
		if ("false".equals(this.env.get(AOT_VARIABLE))) {
			return;
		}
		Map<String, AotCache> caches = new LinkedHashMap<>();
		for (SystemSpec spec : chosen) {
			if (spec.kind() instanceof Kind.BootJar jar && jar.aotCache(spec, this.root).needsPreparing()) {
				caches.put(spec.name(), jar.aotCache(spec, this.root));
			}
		}
		if (caches.isEmpty()) {
			return;
		}
		this.out.printf("Making the JDK 25 AOT caches of %s (once per build)...%n", String.join(", ", caches.keySet()));
		long started = System.nanoTime();
		Map<String, CompletableFuture<Boolean>> made = new LinkedHashMap<>();
		// One thread each: the common pool has a single thread on a two-core machine.
		caches.forEach((name, cache) -> {
			CompletableFuture<Boolean> future = new CompletableFuture<>();
			Thread thread = new Thread(() -> {
				try {
					future.complete(cache.prepare());
				}
				catch (InterruptedException ex) {
					future.complete(false);
				}
			}, "flotilla-aot-" + name);
			thread.setDaemon(true);
			thread.start();
			made.put(name, future);
		});
		made.forEach((name, future) -> {
			if (!future.join()) {
				this.out.printf("%s: no AOT cache (see data/aot/%s/training.log); it starts from its jar%n", name,
						name);
			}
		});
		this.out.printf("AOT caches made in %s%n", Progress.tenths(Duration.ofNanos(System.nanoTime() - started)));
	}

	/** Everything that would make the start fail, checked before anything is started. */
	List<String> problems(List<SystemSpec> chosen) {
		List<String> problems = new ArrayList<>();
		Map<Integer, String> ports = new HashMap<>();
		for (SystemSpec spec : chosen) {
			String other = ports.putIfAbsent(spec.port(), spec.name());
			if (other != null) {
				problems.add(spec.name() + " and " + other + " both use port " + spec.port());
			}
			else if (!Ports.isFree(spec.port())) {
				problems.add("port " + spec.port() + " of " + spec.name()
						+ " is already in use (stop what uses it, or set " + spec.portVariable() + "=<another port>)");
			}
			spec.kind().missing(this.root).ifPresent((missing) -> problems.add(spec.name() + ": " + missing));
		}
		return problems;
	}

	private int startAndWait(Options options, List<SystemSpec> fleet, List<SystemSpec> chosen) {
		String logDir = this.env.getOrDefault(LOG_DIR_VARIABLE, "");
		Path logs = this.root.resolve(logDir.isBlank() ? "data/logs" : logDir);
		RunningFleet running = new RunningFleet();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			this.stopping = true;
			stop(running);
		}, "flotilla-stop"));
		FleetStarter starter = new FleetStarter(new StartContext(this.root, logs, fleet), options.timeout(),
				new Progress(this.out, this.terminal));
		long started = System.nanoTime();
		try {
			starter.start(chosen, running);
		}
		catch (StartupException ex) {
			if (!this.stopping) {
				this.out.println(ex.getMessage());
			}
			return 1;
		}
		this.out.printf("%d systems up in %s (started side by side)%n", chosen.size(),
				Progress.tenths(Duration.ofNanos(System.nanoTime() - started)));
		this.out.print(SummaryTable.render(chosen, logs.startsWith(this.root) ? this.root.relativize(logs) : logs));
		this.out.flush();
		return awaitUnexpectedStop(running);
	}

	/**
	 * Blocks until a system stops; that is a failure unless the launcher itself is
	 * stopping.
	 */
	private int awaitUnexpectedStop(RunningFleet running) {
		Running stopped;
		try {
			stopped = running.anyExit().get();
		}
		catch (InterruptedException | ExecutionException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
		if (this.stopping) {
			return 0;
		}
		this.out.println(stopped.spec().name() + " stopped unexpectedly with code " + stopped.exit().join() + ".");
		stopped.log()
			.ifPresent((log) -> LogTail.last(log, FleetStarter.LOG_LINES)
				.forEach((line) -> this.out.println("  " + line)));
		stop(running);
		return 1;
	}

	private void stop(RunningFleet running) {
		List<String> stopped = running.stop();
		if (!stopped.isEmpty()) {
			this.out.println("Stopped " + String.join(", ", stopped) + ".");
			this.out.flush();
		}
	}

	/**
	 * The repository root: the working directory or the nearest parent holding launcher/.
	 */
	static Path findRoot(Path start) {
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("launcher").resolve("pom.xml"))) {
				return dir;
			}
		}
		return start;
	}

}
