package dev.flotilla.shop.order;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.shop.account.CurrentUser;

@RestController
@Tag(name = "Commandes")
@SecurityRequirement(name = "bearer")
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
	OrderResponse place(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody(required = false) OrderRequest request) {
		return this.service.place(CurrentUser.of(jwt), (request != null) ? request.lignes() : null);
	}

	@GetMapping("/api/commandes")
	@Operation(summary = "My orders, newest first; an admin sees every order")
	List<OrderResponse> orders(@AuthenticationPrincipal Jwt jwt) {
		CurrentUser user = CurrentUser.of(jwt);
		return this.orders.find(user.isAdmin() ? null : user.id());
	}

}
