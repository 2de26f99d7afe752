package dev.flotilla.clinic.audit;

import java.time.LocalDateTime;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One audit event as the admin API shows it.
 *
 * @param id the event's id
 * @param occurredAt when, in UTC
 * @param username who (the login tried, for a failed login)
 * @param action what
 * @param patient which patient, if any
 * @param study which study, if any
 * @param detail a short description
 * @param clientAddress the client's address
 */
@NullMarked
record AuditEvent(long id,
		@Schema(implementation = String.class, description = "UTC, ISO-8601 without an offset",
				example = "2025-03-01T09:30:00.123") LocalDateTime occurredAt,
		@Nullable String username, AuditAction action, @Nullable Long patient, @Nullable Long study,
		@Nullable String detail, @Nullable String clientAddress) {
}
