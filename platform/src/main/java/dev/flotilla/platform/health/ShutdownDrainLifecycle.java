package dev.flotilla.platform.health;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;

/**
 * On shutdown, keeps serving for {@code platform.shutdown.drain-delay} after readiness
 * has turned false (Spring Boot publishes {@code REFUSING_TRAFFIC} as the context starts
 * to close), so that load balancers and Kubernetes Services stop routing here before the
 * web server's graceful shutdown refuses new connections. Stops before the web server
 * does.
 */
class ShutdownDrainLifecycle implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(ShutdownDrainLifecycle.class);

	private final Duration drainDelay;

	private volatile boolean running;

	ShutdownDrainLifecycle(Duration drainDelay) {
		this.drainDelay = drainDelay;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.drainDelay.isZero() || this.drainDelay.isNegative()) {
			return;
		}
		log.info("Readiness is down; draining for " + this.drainDelay.toMillis() + " ms before shutdown");
		try {
			Thread.sleep(this.drainDelay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1;
	}

}
