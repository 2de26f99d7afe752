package dev.flotilla.platform.health;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds {@code version}, {@code started_at} and {@code uptime_s} to
 * {@code /actuator/info}.
 */
class UptimeInfoContributor implements InfoContributor {

	private final RuntimeInfo runtime;

	UptimeInfoContributor(RuntimeInfo runtime) {
		this.runtime = runtime;
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("runtime", Map.of("version", this.runtime.version(), "started_at",
				this.runtime.startedAt().toString(), "uptime_s", this.runtime.uptime().toSeconds()));
	}

}
