package dev.flotilla.platform.health;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;

/**
 * Version and uptime ({@link RuntimeInfo}, also in {@code /actuator/info}) and the
 * shutdown drain, and the optional plain probe route at {@code platform.health.path}.
 * Probes and Prometheus come from Actuator with the platform's defaults.
 */
@AutoConfiguration(after = ProjectInfoAutoConfiguration.class)
@EnableConfigurationProperties(PlatformShutdownProperties.class)
public class HealthAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnMissingBean
	RuntimeInfo runtimeInfo(ObjectProvider<BuildProperties> build, Clock clock) {
		BuildProperties properties = build.getIfAvailable();
		String version = (properties != null && properties.getVersion() != null) ? properties.getVersion() : "dev";
		return new RuntimeInfo(version, clock);
	}

	@Bean
	UptimeInfoContributor uptimeInfoContributor(RuntimeInfo runtime) {
		return new UptimeInfoContributor(runtime);
	}

	@Bean
	@ConditionalOnProperty("platform.health.path")
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	ReadinessHealthController readinessHealthController(ApplicationAvailability availability) {
		return new ReadinessHealthController(availability);
	}

	@Bean
	ShutdownDrainLifecycle shutdownDrainLifecycle(PlatformShutdownProperties properties) {
		return new ShutdownDrainLifecycle(properties.drainDelay());
	}

}
