package dev.flotilla.launcher;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts every system at once and waits until each answers its health check: no system
 * needs another to be up to start (a page or a front only gets its API's URL), so the
 * fleet is ready when its slowest member is. Tests use it as the launcher does.
 */
final class FleetStarter {

	static final int LOG_LINES = 40;

	private static final Duration POLL = Duration.ofMillis(250);

	private final StartContext context;

	private final Duration timeout;

	private final Progress progress;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	FleetStarter(StartContext context, Duration timeout, Progress progress) {
		this.context = context;
		this.timeout = timeout;
		this.progress = progress;
	}

	/**
	 * Starts the systems; on the first failure stops those already started and throws.
	 */
	RunningFleet start(List<SystemSpec> systems) throws StartupException {
		RunningFleet fleet = new RunningFleet();
		start(systems, fleet);
		return fleet;
	}

	void start(List<SystemSpec> systems, RunningFleet fleet) throws StartupException {
		ExecutorService waiters = Executors.newFixedThreadPool(Math.max(1, systems.size()), (task) -> {
			Thread thread = new Thread(task, "flotilla-wait");
			thread.setDaemon(true);
			return thread;
		});
		CompletionService<Void> healthy = new ExecutorCompletionService<>(waiters);
		try {
			for (SystemSpec spec : systems) {
				this.progress.starting(spec);
				Running running = startOne(spec);
				fleet.add(running);
				long started = System.nanoTime();
				healthy.submit(() -> awaitHealthy(running, started));
			}
			for (int i = 0; i < systems.size(); i++) {
				await(healthy);
			}
		}
		catch (StartupException ex) {
			fleet.stop();
			throw ex;
		}
		finally {
			waiters.shutdownNow();
		}
	}

	/** Waits for the next system to be up; the first failure wins. */
	private static void await(CompletionService<Void> healthy) throws StartupException {
		try {
			healthy.take().get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof StartupException startup) {
				throw startup;
			}
			throw new StartupException("Start-up failed: " + ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StartupException("Interrupted while starting");
		}
	}

	private Running startOne(SystemSpec spec) throws StartupException {
		try {
			return spec.kind().start(spec, this.context);
		}
		catch (IOException ex) {
			this.progress.failed(spec, Duration.ZERO);
			throw new StartupException(spec.name() + " could not start: " + ex.getMessage());
		}
	}

	private Void awaitHealthy(Running running, long started) throws StartupException {
		SystemSpec spec = running.spec();
		while (true) {
			Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
			Integer exitCode = exitCodeWithin(running, POLL);
			if (exitCode != null) {
				this.progress.failed(spec, elapsed);
				throw failure(running, "exited with code " + exitCode + " before it was healthy");
			}
			if (isHealthy(spec)) {
				this.progress.up(spec, elapsed);
				return null;
			}
			if (elapsed.compareTo(this.timeout) > 0) {
				this.progress.failed(spec, elapsed);
				throw failure(running, "was not healthy after " + this.timeout.toSeconds() + " s (" + spec.healthUri()
						+ " never answered 200)");
			}
			this.progress.waiting(spec, elapsed);
		}
	}

	/**
	 * Waits up to {@code wait} for the system to stop: the poll interval doubles as exit
	 * watch.
	 */
	private static Integer exitCodeWithin(Running running, Duration wait) throws StartupException {
		try {
			return running.exit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return null;
		}
		catch (ExecutionException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StartupException("Interrupted while starting " + running.spec().name());
		}
	}

	private boolean isHealthy(SystemSpec spec) throws StartupException {
		HttpRequest request = HttpRequest.newBuilder(spec.healthUri()).timeout(Duration.ofSeconds(2)).build();
		try {
			return this.http.send(request, BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StartupException("Interrupted while starting " + spec.name());
		}
	}

	private static StartupException failure(Running running, String what) {
		StringBuilder message = new StringBuilder(running.spec().name()).append(' ').append(what).append('.');
		running.log().ifPresent((log) -> appendTail(message, log));
		return new StartupException(message.toString());
	}

	private static void appendTail(StringBuilder message, Path log) {
		message.append(System.lineSeparator())
			.append("Last ")
			.append(LOG_LINES)
			.append(" lines of ")
			.append(log)
			.append(':');
		LogTail.last(log, LOG_LINES)
			.forEach((line) -> message.append(System.lineSeparator()).append("  ").append(line));
	}

}
