package dev.flotilla.shop.order;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;

/**
 * A user's cart.
 *
 * @param lignes its lines, by product id
 * @param total the sum of the lines
 * @param devise the currency, {@code EUR}
 */
@NullMarked
@Schema(name = "Panier")
record CartResponse(List<CartLine> lignes, BigDecimal total, String devise) {

	static CartResponse of(List<CartLine> lines) {
		BigDecimal total = lines.stream().map(CartLine::sousTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new CartResponse(lines, total.setScale(2), "EUR");
	}

}
