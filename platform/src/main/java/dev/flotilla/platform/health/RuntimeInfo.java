package dev.flotilla.platform.health;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What a system says about itself: its version, when its process started and how long it
 * has been up. Systems use it for their status routes ({@code /status},
 * {@code /api/info}).
 */
public class RuntimeInfo {

	private final String version;

	private final Instant startedAt;

	private final Clock clock;

	public RuntimeInfo(String version, Clock clock) {
		this.version = version;
		this.startedAt = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
		this.clock = clock;
	}

	public String version() {
		return this.version;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public Duration uptime() {
		return Duration.between(this.startedAt, this.clock.instant());
	}

}
