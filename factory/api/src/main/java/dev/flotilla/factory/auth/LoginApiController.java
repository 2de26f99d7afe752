package dev.flotilla.factory.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.factory.user.AppUser;
import dev.flotilla.factory.user.UserRepository;
import dev.flotilla.platform.error.ApiException;
import dev.flotilla.platform.error.InvalidRequestException;
import dev.flotilla.platform.security.jwt.JwtAutoConfiguration;
import dev.flotilla.platform.security.jwt.JwtDenyList;
import dev.flotilla.platform.security.throttle.LoginThrottle;
import dev.flotilla.platform.security.throttle.LoginThrottledException;

@RestController
@Tag(name = "Authentication")
class LoginApiController {

	private static final String LOGIN_REQUIRED = "username and password required";

	private static final String TOKEN_REQUIRED = "refresh_token required";

	private final UserRepository users;

	private final Passwords passwords;

	private final TokenService tokens;

	private final LoginThrottle throttle;

	private final JwtDenyList denyList;

	LoginApiController(UserRepository users, Passwords passwords, TokenService tokens, LoginThrottle throttle,
			JwtDenyList denyList) {
		this.users = users;
		this.passwords = passwords;
		this.tokens = tokens;
		this.throttle = throttle;
		this.denyList = denyList;
	}

	@PostMapping("/login")
	@Operation(summary = "Log in and receive an access token (30 min) and a refresh token")
	@ApiResponse(responseCode = "200", description = "Logged in")
	@ApiResponse(responseCode = "400", description = "username and password required")
	@ApiResponse(responseCode = "401", description = "Identifiants invalides (also for a deactivated account)")
	@ApiResponse(responseCode = "429",
			description = "Too many failed logins from this client (for this username, or in all)")
	TokenResponse login(@RequestBody(required = false) @NotNull(message = LOGIN_REQUIRED) @Valid LoginRequest request,
			HttpServletRequest http) {
		String client = LoginThrottle.client(http);
		this.throttle.retryAfter(request.username(), client).ifPresent((wait) -> {
			throw new LoginThrottledException(wait);
		});
		AppUser user = this.users.findByUsername(request.username()).orElse(null);
		// A deactivated account is answered exactly as a wrong password (after the same
		// hash check), so the answer tells nothing about which accounts exist.
		boolean matches = this.passwords.matches(request.password(), (user != null) ? user.passwordHash() : null);
		if (!matches || !user.active()) {
			this.throttle.recordFailure(request.username(), client);
			throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Identifiants invalides");
		}
		this.throttle.recordSuccess(request.username(), client);
		return this.tokens.issue(user);
	}

	@PostMapping("/token/refresh")
	@Operation(summary = "Trade a refresh token for a new access token and a new refresh token")
	@ApiResponse(responseCode = "200", description = "New tokens; the old refresh token is revoked")
	@ApiResponse(responseCode = "401",
			description = "Unknown, expired or revoked refresh token, or its account deactivated")
	TokenResponse refresh(
			@RequestBody(required = false) @NotNull(message = TOKEN_REQUIRED) @Valid RefreshRequest request) {
		long userId = this.tokens.redeem(request.refreshToken());
		AppUser user = this.users.findById(userId)
			.filter(AppUser::active)
			.orElseThrow(TokenService::invalidRefreshToken);
		return this.tokens.issue(user);
	}

	@PostMapping("/logout")
	@SecurityRequirement(name = JwtAutoConfiguration.SECURITY_SCHEME)
	@Operation(summary = "Revoke the access token sent as Bearer and the refresh token in the body (either or both)")
	@ApiResponse(responseCode = "204", description = "Revoked: the access token is refused from now on")
	@ApiResponse(responseCode = "400", description = "Neither a bearer token nor a refresh_token")
	@ApiResponse(responseCode = "401",
			description = "Invalid or revoked bearer token, or unknown, expired or already revoked refresh token")
	ResponseEntity<Void> logout(@RequestBody(required = false) @Valid LogoutRequest request,
			@AuthenticationPrincipal Jwt accessToken) {
		String refreshToken = (request != null) ? request.refreshToken() : null;
		boolean hasRefreshToken = refreshToken != null && !refreshToken.isBlank();
		if (accessToken == null && !hasRefreshToken) {
			throw new InvalidRequestException(TOKEN_REQUIRED);
		}
		// The refresh token first: an unknown one fails the logout before anything is
		// revoked.
		if (hasRefreshToken) {
			this.tokens.revoke(refreshToken);
		}
		if (accessToken != null) {
			this.denyList.revoke(accessToken);
		}
		return ResponseEntity.noContent().build();
	}

	record LoginRequest(@Schema(example = "admin") @NotBlank(message = LOGIN_REQUIRED) String username,
			@Schema(example = "admin123") @NotBlank(message = LOGIN_REQUIRED) String password) {
	}

	record LogoutRequest(
			@JsonProperty("refresh_token") @Size(max = 200, message = TOKEN_REQUIRED) String refreshToken) {
	}

	record RefreshRequest(@JsonProperty("refresh_token") @NotBlank(message = TOKEN_REQUIRED) @Size(max = 200,
			message = TOKEN_REQUIRED) String refreshToken) {
	}

}
