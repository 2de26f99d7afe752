package dev.flotilla.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security's own observations (one per filter, plus authentication and
 * authorization) off by default: each request is still observed once as
 * {@code http.server.requests}, but wrapping every security filter in an observation cost
 * a quarter of the CPU of an authenticated request (JFR, factory's project list).
 * {@code platform.security.observations=true} turns them back on for tracing.
 */
@AutoConfiguration
@ConditionalOnClass(SecurityObservationSettings.class)
@ConditionalOnProperty(name = "platform.security.observations", havingValue = "false", matchIfMissing = true)
public class SecurityObservationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
