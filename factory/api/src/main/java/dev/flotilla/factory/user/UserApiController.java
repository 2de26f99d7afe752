package dev.flotilla.factory.user;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.flotilla.platform.error.ConflictException;
import dev.flotilla.platform.error.InvalidRequestException;
import dev.flotilla.platform.error.NotFoundException;
import dev.flotilla.platform.security.jwt.JwtAutoConfiguration;
import dev.flotilla.platform.validation.MaxUtf8Bytes;

@RestController
@Tag(name = "Users", description = "Admins only")
@SecurityRequirement(name = JwtAutoConfiguration.SECURITY_SCHEME)
class UserApiController {

	private static final String REQUIRED = "username, password and role required";

	private static final String USERNAME = "username must be 3-50 letters, digits, '.', '_' or '-'";

	private static final String PASSWORD = "password must be 8-72 characters";

	private static final String PASSWORD_BYTES = "le mot de passe ne doit pas dépasser 72 octets (encodé en UTF-8 ; un accent compte pour 2)";

	private static final String ROLE = "role must be admin or developer";

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final Accounts accounts;

	UserApiController(UserRepository users, PasswordEncoder encoder, Accounts accounts) {
		this.users = users;
		this.encoder = encoder;
		this.accounts = accounts;
	}

	@GetMapping("/users")
	@Operation(summary = "List accounts (never their password hashes)")
	List<UserResponse> list() {
		return this.users.findAll().stream().map(UserResponse::of).toList();
	}

	@PostMapping("/users")
	@Operation(summary = "Create an account with role admin or developer")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "Invalid username, password or role")
	@ApiResponse(responseCode = "409", description = "Username taken, in any case (ADMIN beside admin)")
	ResponseEntity<UserResponse> create(
			@RequestBody(required = false) @NotNull(message = REQUIRED) @Valid CreateUserRequest request) {
		Role role = Role.of(request.role()).orElseThrow(() -> new InvalidRequestException(ROLE));
		try {
			AppUser user = this.users.create(request.username(), this.encoder.encode(request.password()), role,
					Instant.now());
			return ResponseEntity.created(URI.create("/users/" + user.id())).body(UserResponse.of(user));
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("conflict",
					"Ce nom d'utilisateur est déjà pris (les majuscules ne comptent pas)");
		}
	}

	@PostMapping("/users/{id}/deactivate")
	@Operation(summary = "Deactivate an account: no sign-in, its tokens refused from the next request on")
	@ApiResponse(responseCode = "200", description = "Deactivated (or already inactive)")
	@ApiResponse(responseCode = "404", description = "No such account")
	@ApiResponse(responseCode = "409", description = "The last active admin cannot be deactivated")
	UserResponse deactivate(@PathVariable long id) {
		return setActive(id, false);
	}

	@PostMapping("/users/{id}/reactivate")
	@Operation(summary = "Reactivate an account: it may sign in again (its old tokens stay refused until issued anew)")
	@ApiResponse(responseCode = "200", description = "Reactivated (or already active)")
	@ApiResponse(responseCode = "404", description = "No such account")
	UserResponse reactivate(@PathVariable long id) {
		return setActive(id, true);
	}

	private UserResponse setActive(long id, boolean active) {
		switch (this.accounts.setActive(id, active)) {
			case NOT_FOUND -> throw new NotFoundException("L’utilisateur n° " + id + " n’existe pas");
			case LAST_ADMIN -> throw new ConflictException("conflict",
					"C’est le dernier compte admin actif : activez ou nommez d’abord un autre admin");
			case CHANGED -> {
			}
		}
		return UserResponse.of(this.accounts.find(id).orElseThrow());
	}

	record CreateUserRequest(
			@NotNull(message = USERNAME) @Pattern(regexp = "[A-Za-z0-9._-]{3,50}", message = USERNAME) String username,
			@NotNull(message = PASSWORD) @Size(min = 8, max = 72, message = PASSWORD) @MaxUtf8Bytes(
					value = MaxUtf8Bytes.BCRYPT, message = PASSWORD_BYTES) String password,
			@NotNull(message = ROLE) @Pattern(regexp = "admin|developer", message = ROLE) String role) {
	}

	record UserResponse(long id, String username, String role, @JsonProperty("created_at") Instant createdAt,
			boolean active) {

		static UserResponse of(AppUser user) {
			return new UserResponse(user.id(), user.username(), user.role().value(), user.createdAt(), user.active());
		}

	}

}
