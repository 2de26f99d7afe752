package dev.flotilla.factory.build;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The build simulation ({@code factory.builds.*}).
 *
 * @param workers builds this process runs at once
 * @param seed makes every build's duration, log and result a function of its project and
 * number; random when absent
 * @param timeScale multiplies the simulated durations (tests run builds faster)
 * @param heartbeatTimeout a running build whose worker has not written for this long is
 * failed as lost
 * @param pollInterval how often idle workers look for queued builds (other replicas'
 * triggers)
 * @param nodeId this process's name in the {@code worker} column; running builds under
 * this name at start died with a previous process
 */
@ConfigurationProperties("factory.builds")
record BuildProperties(@DefaultValue("4") int workers, Long seed, @DefaultValue("1.0") double timeScale,
		@DefaultValue("30s") Duration heartbeatTimeout, @DefaultValue("500ms") Duration pollInterval, String nodeId) {
}
