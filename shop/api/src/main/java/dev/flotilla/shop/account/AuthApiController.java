package dev.flotilla.shop.account;

import java.time.Duration;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.error.ApiException;
import dev.flotilla.platform.error.ConflictException;
import dev.flotilla.platform.error.NotFoundException;
import dev.flotilla.platform.security.throttle.LoginThrottle;
import dev.flotilla.platform.security.throttle.LoginThrottledException;
import dev.flotilla.platform.security.jwt.JwtAutoConfiguration;

@RestController
@Tag(name = "Comptes", description = "Accounts: register, log in, who am I, the users (admin)")
class AuthApiController {

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final TokenService tokens;

	private final LoginThrottle throttle;

	/** Compared against when the user does not exist, so both cases take as long. */
	private final String decoyHash;

	AuthApiController(UserRepository users, PasswordEncoder encoder, TokenService tokens, LoginThrottle throttle) {
		this.users = users;
		this.encoder = encoder;
		this.tokens = tokens;
		this.throttle = throttle;
		this.decoyHash = encoder.encode("decoy-password-for-timing");
	}

	@PostMapping("/api/auth/login")
	@Operation(summary = "Log in: a bearer token (429 with Retry-After after repeated failures)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = LoginRequest.class),
							examples = @ExampleObject(name = "admin (démo)",
									value = "{\"nomUtilisateur\": \"admin\", \"motDePasse\": \"admin123\"}"))))
	@ApiResponse(responseCode = "200", description = "Logged in: the token and the user")
	@ApiResponse(responseCode = "400", description = "A missing field or a malformed body")
	@ApiResponse(responseCode = "401", description = "Wrong username or password (invalid_credentials)")
	@ApiResponse(responseCode = "429", description = "Too many failed logins: wait Retry-After seconds",
			headers = @Header(name = "Retry-After", required = true, description = "Seconds to wait",
					schema = @Schema(type = "integer")))
	TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		String client = LoginThrottle.client(http);
		Optional<Duration> wait = this.throttle.retryAfter(request.nomUtilisateur(), client);
		if (wait.isPresent()) {
			throw new LoginThrottledException(wait.get(), LoginThrottledException.message(wait.get())
					+ " / Too many failed logins; try again in " + wait.get().toSeconds() + " s");
		}
		Optional<UserAccount> user = this.users.findByUsername(request.nomUtilisateur());
		boolean matches = this.encoder.matches(request.motDePasse(),
				user.map(UserAccount::passwordHash).orElse(this.decoyHash));
		if (user.isEmpty() || !matches) {
			this.throttle.recordFailure(request.nomUtilisateur(), client);
			throw new ApiException(HttpStatus.UNAUTHORIZED, "invalid_credentials",
					"Nom d'utilisateur ou mot de passe incorrect / Invalid username or password");
		}
		this.throttle.recordSuccess(request.nomUtilisateur(), client);
		return this.tokens.issue(user.get());
	}

	@PostMapping("/api/auth/register")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a client account and log it in",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = RegisterRequest.class),
							examples = @ExampleObject(name = "nouveau client",
									value = "{\"nomUtilisateur\": \"alice\", \"motDePasse\": \"bon-mot-de-passe\"}"))))
	@ApiResponse(responseCode = "201", description = "Created and logged in")
	@ApiResponse(responseCode = "400", description = "A missing, short or bad field")
	@ApiResponse(responseCode = "409", description = "The username is taken (username_taken)")
	TokenResponse register(@Valid @RequestBody RegisterRequest request) {
		try {
			UserAccount user = this.users.create(request.nomUtilisateur(), this.encoder.encode(request.motDePasse()),
					Role.CLIENT);
			return this.tokens.issue(user);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("username_taken",
					"Ce nom d'utilisateur est déjà pris / This username is already taken");
		}
	}

	@GetMapping("/api/auth/moi")
	@Operation(summary = "The logged-in user",
			security = @SecurityRequirement(name = JwtAutoConfiguration.SECURITY_SCHEME))
	@ApiResponse(responseCode = "200", description = "The user the token names")
	@ApiResponse(responseCode = "404", description = "The account no longer exists")
	UserResponse me(@AuthenticationPrincipal Jwt jwt) {
		CurrentUser current = CurrentUser.of(jwt);
		return this.users.findById(current.id())
			.map(UserAccount::toResponse)
			.orElseThrow(() -> new NotFoundException("This account no longer exists"));
	}

}
