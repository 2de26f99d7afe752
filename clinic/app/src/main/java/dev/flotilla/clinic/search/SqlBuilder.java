package dev.flotilla.clinic.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code WHERE} clause of a search, built from fixed SQL fragments (never from client
 * text: client values are only ever bind parameters).
 */
final class SqlBuilder {

	private final List<String> conditions = new ArrayList<>();

	private final List<Object> params = new ArrayList<>();

	SqlBuilder where(String condition, Object... values) {
		this.conditions.add(condition);
		this.params.addAll(List.of(values));
		return this;
	}

	/**
	 * Add every condition of another builder, with its parameters.
	 * @param other the conditions to add
	 * @return this builder
	 */
	SqlBuilder and(SqlBuilder other) {
		this.conditions.addAll(other.conditions);
		this.params.addAll(other.params);
		return this;
	}

	boolean isEmpty() {
		return this.conditions.isEmpty();
	}

	String whereClause() {
		return this.conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", this.conditions);
	}

	List<Object> params() {
		return List.copyOf(this.params);
	}

}
