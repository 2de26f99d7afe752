package dev.flotilla.shop.account;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.security.jwt.JwtAutoConfiguration;

/**
 * The seed's user list, for admins only: the seed served it to anyone, which leaks every
 * account name to the internet.
 */
@RestController
@Tag(name = "Comptes", description = "Accounts: register, log in, who am I, the users (admin)")
class UserApiController {

	private final UserRepository users;

	UserApiController(UserRepository users) {
		this.users = users;
	}

	@GetMapping("/api/utilisateurs")
	@Operation(summary = "The users (admin only); never a password or hash",
			security = @SecurityRequirement(name = JwtAutoConfiguration.SECURITY_SCHEME))
	List<UserResponse> users() {
		return this.users.findAll().stream().map(UserAccount::toResponse).toList();
	}

}
