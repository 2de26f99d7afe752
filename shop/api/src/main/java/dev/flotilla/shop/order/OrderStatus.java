package dev.flotilla.shop.order;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import dev.flotilla.platform.error.InvalidRequestException;

/**
 * An order's status and the changes allowed from each: placed, paid, shipped; cancelled
 * at any point before shipping. Shipped and cancelled are final.
 */
enum OrderStatus {

	EN_ATTENTE("en_attente"), PAYEE("payee"), EXPEDIEE("expediee"), ANNULEE("annulee");

	private final String code;

	OrderStatus(String code) {
		this.code = code;
	}

	String code() {
		return this.code;
	}

	boolean canBecome(OrderStatus next) {
		return switch (this) {
			case EN_ATTENTE -> Set.of(PAYEE, ANNULEE).contains(next);
			case PAYEE -> Set.of(EXPEDIEE, ANNULEE).contains(next);
			case EXPEDIEE, ANNULEE -> false;
		};
	}

	/** The status stored or sent as {@code code}; a 400 for anything else. */
	static OrderStatus of(String code) {
		return Arrays.stream(values())
			.filter((status) -> status.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new InvalidRequestException("invalid_status", "Unknown status 'statut'; use one of "
					+ Arrays.stream(values()).map(OrderStatus::code).collect(Collectors.joining(", "))));
	}

}
