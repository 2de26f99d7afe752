package dev.flotilla.platform.security.throttle;

import java.time.Clock;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * A {@link LoginThrottle} for systems with a login (Caffeine on the class path), set by
 * {@code platform.login-throttle.*}.
 */
@AutoConfiguration
@ConditionalOnClass(Caffeine.class)
@EnableConfigurationProperties(LoginThrottleProperties.class)
public class LoginThrottleAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LoginThrottle loginThrottle(LoginThrottleProperties properties) {
		return new LoginThrottle(properties, Clock.systemUTC());
	}

}
