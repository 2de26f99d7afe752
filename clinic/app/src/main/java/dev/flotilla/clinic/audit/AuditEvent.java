package dev.flotilla.clinic.audit;

import java.time.LocalDateTime;

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
record AuditEvent(long id, LocalDateTime occurredAt, String username, AuditAction action, Long patient, Long study,
		String detail, String clientAddress) {
}
