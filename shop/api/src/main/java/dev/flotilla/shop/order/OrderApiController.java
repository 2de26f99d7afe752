package dev.flotilla.shop.order;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.security.jwt.JwtAutoConfiguration;
import dev.flotilla.shop.account.CurrentUser;

@RestController
@Tag(name = "Commandes", description = "Orders: placed from the cart or from lines, stock taken at once")
@SecurityRequirement(name = JwtAutoConfiguration.SECURITY_SCHEME)
class OrderApiController {

	private final OrderService service;

	private final OrderRepository orders;

	OrderApiController(OrderService service, OrderRepository orders) {
		this.service = service;
		this.orders = orders;
	}

	@PostMapping("/api/commandes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Place an order from my cart (no body) or from the given lines; 409 when stock is short")
	@ApiResponse(responseCode = "201", description = "Placed")
	@ApiResponse(responseCode = "400", description = "An empty cart, or bad lines")
	@ApiResponse(responseCode = "404", description = "A product that does not exist")
	@ApiResponse(responseCode = "409", description = "Not enough stock for a line")
	@ApiResponse(responseCode = "503", description = "Too many concurrent orders: try again (busy)")
	OrderResponse place(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody(required = false) OrderRequest request) {
		return this.service.place(CurrentUser.of(jwt), (request != null) ? request.lignes() : null);
	}

	@PostMapping("/api/commandes/{id}/annulation")
	@Operation(summary = "Cancel one of my orders before it ships; its units go back in stock. 409 once shipped")
	@ApiResponse(responseCode = "200", description = "Cancelled")
	@ApiResponse(responseCode = "404", description = "No such order of mine")
	@ApiResponse(responseCode = "409", description = "Already shipped or cancelled")
	OrderResponse cancel(@AuthenticationPrincipal Jwt jwt,
			@Parameter(description = "The order's id", example = "1") @PathVariable long id) {
		return this.service.changeStatus(CurrentUser.of(jwt), id, OrderStatus.ANNULEE);
	}

	@PutMapping("/api/commandes/{id}/statut")
	@Operation(summary = "Change an order's status (admin): en_attente → payee → expediee, or annulee before shipping")
	@ApiResponse(responseCode = "200", description = "The order with its new status")
	@ApiResponse(responseCode = "400", description = "An unknown status")
	@ApiResponse(responseCode = "403", description = "Not an admin")
	@ApiResponse(responseCode = "404", description = "No such order")
	@ApiResponse(responseCode = "409", description = "A change the lifecycle does not allow")
	OrderResponse changeStatus(@AuthenticationPrincipal Jwt jwt,
			@Parameter(description = "The order's id", example = "1") @PathVariable long id,
			@Valid @RequestBody StatusRequest request) {
		return this.service.changeStatus(CurrentUser.of(jwt), id, OrderStatus.of(request.statut()));
	}

	@GetMapping("/api/commandes")
	@Operation(summary = "My orders, newest first; an admin sees every order")
	@ApiResponse(responseCode = "200", description = "The orders")
	List<OrderResponse> orders(@AuthenticationPrincipal Jwt jwt) {
		CurrentUser user = CurrentUser.of(jwt);
		return this.orders.find(user.isAdmin() ? null : user.id());
	}

}
