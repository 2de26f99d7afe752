package dev.flotilla.shop.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.security.jwt.JwtAutoConfiguration;
import dev.flotilla.platform.security.jwt.JwtDenyList;

/**
 * Logout: the caller's token goes to the deny-list until it expires, so every instance
 * refuses it from the next request on.
 */
@RestController
@Tag(name = "Comptes")
class LogoutApiController {

	private final JwtDenyList denyList;

	LogoutApiController(JwtDenyList denyList) {
		this.denyList = denyList;
	}

	@PostMapping("/api/auth/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Log out: the bearer token is refused from now on, on every instance",
			security = @SecurityRequirement(name = JwtAutoConfiguration.SECURITY_SCHEME))
	@ApiResponse(responseCode = "204", description = "Revoked")
	@ApiResponse(responseCode = "401", description = "No valid token")
	void logout(@AuthenticationPrincipal Jwt jwt) {
		this.denyList.revoke(jwt);
	}

}
