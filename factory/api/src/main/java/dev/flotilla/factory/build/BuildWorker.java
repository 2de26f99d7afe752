package dev.flotilla.factory.build;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import dev.flotilla.factory.project.Project;
import dev.flotilla.factory.project.ProjectRepository;

/**
 * The worker pool. Idle slots claim the oldest queued builds (woken at once by a trigger
 * in this process, by polling for other replicas' triggers); each build runs on one of
 * {@code workers} threads through its simulated stages. At start, running builds left by
 * a previous process on this node are failed; lost workers elsewhere are failed once
 * their heartbeat is stale. A graceful stop puts this worker's running builds back in the
 * queue.
 */
@Component
class BuildWorker implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(BuildWorker.class);

	private final BuildRepository builds;

	private final ProjectRepository projects;

	private final BuildProperties properties;

	private final BuildSimulator simulator;

	private final String node;

	private final Semaphore slots;

	private final Map<Long, Thread> running = new ConcurrentHashMap<>();

	private final Clock clock = Clock.systemUTC();

	private volatile ScheduledExecutorService scheduler;

	private volatile ExecutorService runners;

	private volatile boolean paused;

	private final AtomicBoolean wakePending = new AtomicBoolean();

	private volatile double timeScale;

	BuildWorker(BuildRepository builds, ProjectRepository projects, BuildProperties properties,
			@Value("${server.port:0}") int port) {
		this.builds = builds;
		this.projects = projects;
		this.properties = properties;
		this.simulator = new BuildSimulator(properties.seed());
		this.node = (properties.nodeId() != null && !properties.nodeId().isBlank()) ? properties.nodeId()
				: hostName() + ":" + port;
		this.slots = new Semaphore(Math.max(0, properties.workers()));
		this.timeScale = properties.timeScale();
	}

	String node() {
		return this.node;
	}

	@Override
	public void start() {
		int failed = this.builds.failLost(this.node, staleBefore(), this.clock.instant());
		if (failed > 0) {
			log.warn("Failed " + failed + " build(s) left running by a previous process or a lost worker");
		}
		this.runners = Executors.newFixedThreadPool(Math.max(1, this.properties.workers()),
				new CustomizableThreadFactory("build-runner-"));
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("build-dispatcher-"));
		long poll = this.properties.pollInterval().toMillis();
		executor.scheduleWithFixedDelay(this::dispatchSafely, 0, poll, TimeUnit.MILLISECONDS);
		long reap = Math.max(1000, this.properties.heartbeatTimeout().toMillis() / 2);
		executor.scheduleWithFixedDelay(this::reapSafely, reap, reap, TimeUnit.MILLISECONDS);
		this.scheduler = executor;
	}

	/**
	 * A build was queued in this process: look for work now rather than at the next poll.
	 */
	void wake() {
		ScheduledExecutorService executor = this.scheduler;
		// One pending look at a time: a burst of triggers queues one dispatch, not one
		// each
		// (a wake during a dispatch still queues the next).
		if (executor != null && !this.paused && this.wakePending.compareAndSet(false, true)) {
			executor.execute(() -> {
				this.wakePending.set(false);
				dispatchSafely();
			});
		}
	}

	/** A build was cancelled: stop its thread now if it runs here. */
	void interrupt(long buildId) {
		Thread thread = this.running.get(buildId);
		if (thread != null) {
			thread.interrupt();
		}
	}

	/** For tests: hold queued builds in the queue. */
	void pause(boolean paused) {
		this.paused = paused;
		if (!paused) {
			wake();
		}
	}

	/** For tests: stretch or shrink simulated time from now on. */
	void timeScale(double timeScale) {
		this.timeScale = timeScale;
	}

	/**
	 * @return the builds running in this process now
	 */
	int runningCount() {
		return this.running.size();
	}

	private void dispatchSafely() {
		try {
			dispatch();
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for queued builds: " + ex.getMessage());
		}
	}

	private void dispatch() {
		while (!this.paused && this.slots.availablePermits() > 0) {
			Optional<Build> claimed = claimOne();
			if (claimed.isEmpty()) {
				return;
			}
			Build build = claimed.get();
			if (!this.slots.tryAcquire()) {
				this.builds.requeue(build.id(), this.node);
				return;
			}
			this.runners.execute(() -> runAndRelease(build));
		}
	}

	private Optional<Build> claimOne() {
		for (long id : this.builds.queued(this.properties.workers() * 2)) {
			Optional<Build> build = this.builds.claim(id, this.node, this.clock.instant());
			if (build.isPresent()) {
				return build;
			}
		}
		return Optional.empty();
	}

	private void runAndRelease(Build build) {
		this.running.put(build.id(), Thread.currentThread());
		try {
			run(build);
		}
		catch (RuntimeException ex) {
			log.error("Build " + build.id() + " stopped on an error", ex);
		}
		finally {
			this.running.remove(build.id());
			Thread.interrupted();
			this.slots.release();
			wake();
		}
	}

	private void run(Build build) {
		String repo = this.projects.findById(build.projectId()).map(Project::repo).orElse("?");
		BuildSimulator.Plan plan = this.simulator.plan(build.projectId(), build.number(), repo);
		for (BuildSimulator.Step step : plan.steps()) {
			// An interrupt (a cancel, or a stop) cuts the wait short; the database says
			// which.
			pause(step.delayMillis());
			if (this.scheduler == null
					|| !this.builds.append(build.id(), this.node, step.line(), this.clock.instant())) {
				return;
			}
		}
		this.builds.finish(build, this.node, plan.result(), plan.durationS(), plan.finalLine(), this.clock.instant());
	}

	/** Simulated work. */
	private void pause(long simulatedMillis) {
		long millis = Math.round(simulatedMillis * this.timeScale);
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			// cut short on purpose: the caller checks the build's state next
		}
	}

	private void reapSafely() {
		try {
			int failed = this.builds.failLost("", staleBefore(), this.clock.instant());
			if (failed > 0) {
				log.warn("Failed " + failed + " build(s) whose worker stopped sending heartbeats");
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for lost builds: " + ex.getMessage());
		}
	}

	private Instant staleBefore() {
		return this.clock.instant().minus(this.properties.heartbeatTimeout());
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.scheduler;
		this.scheduler = null;
		if (executor != null) {
			executor.shutdownNow();
		}
		// Requeue before interrupting: an interrupted build thread leaves the running
		// map.
		for (Long id : List.copyOf(this.running.keySet())) {
			this.builds.requeue(id, this.node);
		}
		ExecutorService runnerPool = this.runners;
		if (runnerPool != null) {
			runnerPool.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

	/**
	 * Start after the web server and the admin seeding; stop (requeue) before the pool
	 * closes.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}

	private static String hostName() {
		String host = System.getenv("HOSTNAME");
		if (host != null && !host.isBlank()) {
			return host;
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
