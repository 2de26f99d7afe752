package dev.flotilla.clinic.audit;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records audit events (insert only) and reads them back for admins.
 */
@Component
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Record an event by the current user.
	 * @param action what happened
	 * @param patient the patient's id, or {@code null}
	 * @param study the study's id, or {@code null}
	 * @param detail a short description, or {@code null}
	 */
	public void record(AuditAction action, Long patient, Long study, String detail) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		recordAs((caller != null) ? caller.getName() : null, action, patient, study, detail, currentAddress());
	}

	/**
	 * Record an event on behalf of a named user (logins, before there is a session).
	 * @param username the user
	 * @param action what happened
	 * @param patient the patient's id, or {@code null}
	 * @param study the study's id, or {@code null}
	 * @param detail a short description, or {@code null}
	 * @param clientAddress the client's address, or {@code null}
	 */
	public void recordAs(String username, AuditAction action, Long patient, Long study, String detail,
			String clientAddress) {
		this.jdbc
			.sql("INSERT INTO audit_event (occurred_at, username, action, patient_ref, study_ref, detail,"
					+ " client_address) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), clip(username, 64), action.name(),
					patient, study, clip(detail, 255), clip(clientAddress, 64))
			.update();
	}

	/**
	 * The newest events first, filtered.
	 * @param filter the filter
	 * @return one page of events and the exact total
	 */
	AuditPage find(AuditFilter filter) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (filter.username() != null) {
			conditions.add("username = ?");
			params.add(filter.username());
		}
		if (filter.action() != null) {
			conditions.add("action = ?");
			params.add(filter.action().name());
		}
		if (filter.patient() != null) {
			conditions.add("patient_ref = ?");
			params.add(filter.patient());
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		long total = this.jdbc.sql("SELECT COUNT(*) FROM audit_event" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> page = new ArrayList<>(params);
		page.add(filter.limit());
		page.add(filter.offset());
		List<AuditEvent> events = this.jdbc
			.sql("SELECT id, occurred_at, username, action, patient_ref, study_ref, detail, client_address"
					+ " FROM audit_event" + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(page)
			.query((rs, row) -> new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", LocalDateTime.class),
					rs.getString("username"), AuditAction.valueOf(rs.getString("action")),
					(Long) rs.getObject("patient_ref", Long.class), (Long) rs.getObject("study_ref", Long.class),
					rs.getString("detail"), rs.getString("client_address")))
			.list();
		return new AuditPage(total, filter.limit(), filter.offset(), events);
	}

	private static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String clip(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	/**
	 * Which events to show.
	 *
	 * @param username only this user's, or {@code null}
	 * @param action only this action, or {@code null}
	 * @param patient only about this patient, or {@code null}
	 * @param limit page size
	 * @param offset rows skipped
	 */
	record AuditFilter(String username, AuditAction action, Long patient, int limit, int offset) {
	}

	/**
	 * One page of events.
	 *
	 * @param total the exact number of matching events
	 * @param limit the page size
	 * @param offset the rows skipped
	 * @param items the events, newest first
	 */
	record AuditPage(long total, int limit, int offset, List<AuditEvent> items) {

		AuditPage {
			items = List.copyOf(items);
		}

	}

}
