package dev.flotilla.shop.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import dev.flotilla.platform.error.ApiException;
import dev.flotilla.platform.error.ConflictException;
import dev.flotilla.platform.error.InvalidRequestException;
import dev.flotilla.platform.error.NotFoundException;
import dev.flotilla.shop.account.CurrentUser;
import dev.flotilla.shop.catalog.CatalogVersion;
import dev.flotilla.shop.catalog.ProductRepository;
import dev.flotilla.shop.catalog.ProductResponse;

/**
 * Places orders: in one transaction, takes each product's stock with a conditional update
 * (in product id order, so two orders never wait on each other in a cycle), copies the
 * current prices into the lines and empties the cart. Any line short of stock rolls the
 * whole order back: 409, nothing changed.
 */
@Service
class OrderService {

	private static final int ATTEMPTS = 3;

	private final ProductRepository products;

	private final CatalogVersion catalog;

	private final CartRepository carts;

	private final OrderRepository orders;

	private final TransactionOperations transactions;

	private final Clock clock;

	OrderService(ProductRepository products, CatalogVersion catalog, CartRepository carts, OrderRepository orders,
			TransactionOperations transactions, Clock clock) {
		this.products = products;
		this.catalog = catalog;
		this.carts = carts;
		this.orders = orders;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Place an order.
	 * @param user the buyer
	 * @param lines the lines, or {@code null} to order the cart's content
	 * @return the order
	 */
	OrderResponse place(CurrentUser user, List<OrderLineRequest> lines) {
		boolean fromCart = (lines == null);
		Map<Long, Integer> wanted = fromCart ? new TreeMap<>(this.carts.quantities(user.id())) : merge(lines);
		if (wanted.isEmpty()) {
			throw new InvalidRequestException("empty_cart", "Le panier est vide / The cart is empty");
		}
		for (int attempt = 1;; attempt++) {
			try {
				long id = this.transactions.execute((status) -> placeInTransaction(user, wanted, fromCart));
				return this.orders.findById(id).orElseThrow();
			}
			catch (ConcurrencyFailureException ex) {
				// A deadlock victim or lock timeout: nothing was written; try again.
				if (attempt == ATTEMPTS) {
					throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "busy",
							"Too many concurrent orders; please try again");
				}
			}
		}
	}

	private long placeInTransaction(CurrentUser user, Map<Long, Integer> wanted, boolean fromCart) {
		List<OrderResponse.Line> lines = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (Map.Entry<Long, Integer> entry : wanted.entrySet()) {
			long productId = entry.getKey();
			int quantity = entry.getValue();
			boolean taken = this.products.takeStock(productId, quantity);
			// Read after the update: the row is locked by this transaction, so the price
			// and
			// name cannot change before commit.
			ProductResponse product = this.products.findById(productId)
				.orElseThrow(() -> new NotFoundException("unknown_product", "Product " + productId + " not found"));
			if (!taken) {
				throw new ConflictException("insufficient_stock",
						"Stock insuffisant pour « " + product.nom() + " » : " + product.stock() + " disponible(s), "
								+ quantity + " demandé(s) / Not enough stock for product " + productId);
			}
			BigDecimal subtotal = product.prix().multiply(BigDecimal.valueOf(quantity));
			lines.add(new OrderResponse.Line(productId, product.nom(), product.prix(), quantity, subtotal));
			total = total.add(subtotal);
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		long orderId = this.orders.insert(user.id(), now, total);
		for (int i = 0; i < lines.size(); i++) {
			this.orders.insertLine(orderId, i + 1, lines.get(i));
		}
		if (fromCart) {
			this.carts.clear(user.id());
		}
		this.catalog.bump();
		return orderId;
	}

	/**
	 * Change an order's status. A client may only cancel one of its own orders; a
	 * cancellation puts the order's units back in stock in the same transaction, and only
	 * the change that actually moved the status does so, however many race.
	 * @param user who asks
	 * @param orderId the order
	 * @param target the new status
	 * @return the order
	 */
	OrderResponse changeStatus(CurrentUser user, long orderId, OrderStatus target) {
		this.transactions.executeWithoutResult((status) -> {
			OrderRepository.Placed placed = this.orders.placed(orderId)
				.filter((order) -> user.isAdmin() || order.userId() == user.id())
				.orElseThrow(() -> new NotFoundException("Order " + orderId + " not found"));
			if (!placed.status().canBecome(target) || !this.orders.changeStatus(orderId, placed.status(), target)) {
				throw new ConflictException("invalid_status_change",
						"Impossible de passer la commande n° " + orderId + " de « " + placed.status().code() + " » à « "
								+ target.code() + " » / Order " + orderId + " cannot go from " + placed.status().code()
								+ " to " + target.code());
			}
			if (target == OrderStatus.ANNULEE) {
				// In product id order, as orders take stock: no lock cycle.
				this.orders.quantities(orderId).forEach(this.products::returnStock);
				this.catalog.bump();
			}
		});
		return this.orders.findById(orderId).orElseThrow();
	}

	private static Map<Long, Integer> merge(List<OrderLineRequest> lines) {
		Map<Long, Integer> merged = new TreeMap<>();
		for (OrderLineRequest line : lines) {
			int quantity = merged.merge(line.produitId(), line.quantite(), Integer::sum);
			if (quantity > OrderLineRequest.MAX_QUANTITY) {
				throw new InvalidRequestException("invalid_quantity",
						"At most " + OrderLineRequest.MAX_QUANTITY + " units of one product per order");
			}
		}
		return merged;
	}

}
