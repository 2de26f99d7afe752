package dev.flotilla.shop.catalog;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.flotilla.platform.error.InvalidRequestException;

/**
 * The sort orders a catalogue query accepts ({@code tri}); anything else is a 400, so no
 * client text ever reaches an {@code ORDER BY}. The id breaks ties so paging is stable.
 */
enum ProductSort {

	NOM("nom", "p.nom ASC, p.id ASC"), NOM_DESC("-nom", "p.nom DESC, p.id DESC"), PRIX("prix", "p.prix ASC, p.id ASC"),
	PRIX_DESC("-prix", "p.prix DESC, p.id DESC"), STOCK("stock", "p.stock ASC, p.id ASC"),
	STOCK_DESC("-stock", "p.stock DESC, p.id DESC"), ID("id", "p.id ASC"), ID_DESC("-id", "p.id DESC");

	private final String parameter;

	private final String orderBy;

	ProductSort(String parameter, String orderBy) {
		this.parameter = parameter;
		this.orderBy = orderBy;
	}

	String orderBy() {
		return this.orderBy;
	}

	static ProductSort parse(String value) {
		if (value == null || value.isBlank()) {
			return ID;
		}
		return Arrays.stream(values())
			.filter((sort) -> sort.parameter.equals(value.trim()))
			.findFirst()
			.orElseThrow(
					() -> new InvalidRequestException("invalid_sort", "Unknown sort 'tri'; use one of " + allowed()));
	}

	static String allowed() {
		return Arrays.stream(values()).map((sort) -> sort.parameter).collect(Collectors.joining(", "));
	}

}
