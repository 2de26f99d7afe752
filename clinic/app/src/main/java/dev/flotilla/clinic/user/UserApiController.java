package dev.flotilla.clinic.user;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.clinic.user.UserRequests.CreateUserRequest;
import dev.flotilla.clinic.user.UserRequests.PasswordRequest;
import dev.flotilla.clinic.user.UserRequests.UpdateUserRequest;
import dev.flotilla.clinic.user.UserRequests.UserResponse;
import dev.flotilla.platform.openapi.ApiSecurity;

/**
 * {@code /api/users}: the admin's user management.
 */
@RestController
@SecurityRequirement(name = ApiSecurity.SESSION)
@RequestMapping("/api/users")
class UserApiController {

	private final UserService users;

	UserApiController(UserService users) {
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "Every user (admin)")
	List<UserResponse> list() {
		return this.users.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One user (admin)")
	UserResponse get(@PathVariable long id) {
		return this.users.get(id);
	}

	@PostMapping
	@Operation(summary = "Create a user with a role (admin)")
	@ApiResponse(responseCode = "201", description = "Created; Location names it")
	@ApiResponse(responseCode = "400", description = "A missing or bad field")
	ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUserRequest request) {
		UserResponse user = this.users.create(request);
		return ResponseEntity.created(URI.create("/api/users/" + user.id())).body(user);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a user's role or state (admin)")
	UserResponse update(@PathVariable long id, @Valid @RequestBody UpdateUserRequest request, Principal principal) {
		return this.users.update(id, request, principal.getName());
	}

	@PostMapping("/{id}/password")
	@Operation(summary = "Set a user's password (admin)")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetPassword(@PathVariable long id, @Valid @RequestBody PasswordRequest request) {
		this.users.resetPassword(id, request.password());
	}

}
