package dev.flotilla.platform.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Shutdown settings ({@code platform.shutdown.*}).
 *
 * @param drainDelay how long to keep serving after readiness turns false on SIGTERM; 0
 * locally, a few seconds behind a load balancer (the time it needs to notice)
 */
@ConfigurationProperties("platform.shutdown")
record PlatformShutdownProperties(@DefaultValue("0s") Duration drainDelay) {
}
