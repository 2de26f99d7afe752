package dev.flotilla.clinic.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often a logged-in session's user is read again ({@link ActiveSessions}).
 *
 * @param sessionCheckTtl how long a user's session version is reused
 * ({@code clinic.session-check-ttl}, {@code CLINIC_SESSION_CHECK_TTL})
 */
@ConfigurationProperties("clinic")
record SessionCheckProperties(@DefaultValue("100ms") Duration sessionCheckTtl) {
}
