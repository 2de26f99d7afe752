package dev.flotilla.shop.order;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.error.ConflictException;
import dev.flotilla.platform.error.NotFoundException;
import dev.flotilla.platform.security.jwt.JwtAutoConfiguration;
import dev.flotilla.shop.account.CurrentUser;
import dev.flotilla.shop.catalog.ProductRepository;
import dev.flotilla.shop.catalog.ProductResponse;

@RestController
@Tag(name = "Panier", description = "My cart: kept on the server, at current prices")
@SecurityRequirement(name = JwtAutoConfiguration.SECURITY_SCHEME)
class CartApiController {

	private final CartRepository carts;

	private final ProductRepository products;

	CartApiController(CartRepository carts, ProductRepository products) {
		this.carts = carts;
		this.products = products;
	}

	@GetMapping("/api/panier")
	@Operation(summary = "My cart, at current prices")
	@ApiResponse(responseCode = "200", description = "The cart (empty lines when nothing is in it)")
	CartResponse cart(@AuthenticationPrincipal Jwt jwt) {
		return CartResponse.of(this.carts.lines(CurrentUser.of(jwt).id()));
	}

	@PutMapping("/api/panier/lignes/{produitId}")
	@Operation(summary = "Set how many units of a product my cart holds (409 beyond the stock)")
	@ApiResponse(responseCode = "200", description = "The cart")
	@ApiResponse(responseCode = "400", description = "A missing or bad quantity")
	@ApiResponse(responseCode = "404", description = "No such product (unknown_product)")
	@ApiResponse(responseCode = "409", description = "More than the stock (insufficient_stock)")
	CartResponse setLine(@AuthenticationPrincipal Jwt jwt,
			@Parameter(description = "The product's id", example = "1") @PathVariable long produitId,
			@Valid @RequestBody QuantityRequest request) {
		long userId = CurrentUser.of(jwt).id();
		ProductResponse product = this.products.findById(produitId)
			.orElseThrow(() -> new NotFoundException("unknown_product", "Product " + produitId + " not found"));
		if (request.quantite() > product.stock()) {
			throw new ConflictException("insufficient_stock", "Stock insuffisant pour « " + product.nom() + " » : "
					+ product.stock() + " disponible(s) / Not enough stock for product " + produitId);
		}
		this.carts.set(userId, produitId, request.quantite());
		return CartResponse.of(this.carts.lines(userId));
	}

	@DeleteMapping("/api/panier/lignes/{produitId}")
	@Operation(summary = "Remove a product from my cart")
	@ApiResponse(responseCode = "200", description = "The cart")
	CartResponse removeLine(@AuthenticationPrincipal Jwt jwt,
			@Parameter(description = "The product's id", example = "1") @PathVariable long produitId) {
		long userId = CurrentUser.of(jwt).id();
		this.carts.remove(userId, produitId);
		return CartResponse.of(this.carts.lines(userId));
	}

	@DeleteMapping("/api/panier")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Empty my cart")
	@ApiResponse(responseCode = "204", description = "Emptied")
	void clear(@AuthenticationPrincipal Jwt jwt) {
		this.carts.clear(CurrentUser.of(jwt).id());
	}

}
