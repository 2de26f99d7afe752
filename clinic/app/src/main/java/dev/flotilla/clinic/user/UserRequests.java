package dev.flotilla.clinic.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.flotilla.platform.validation.MaxUtf8Bytes;

/**
 * The bodies of the user admin API.
 */
final class UserRequests {

	static final String ROLE = "lecture|modification|admin";

	static final String ROLE_MESSAGE = "must be lecture, modification or admin";

	private UserRequests() {
	}

	/**
	 * A new user.
	 *
	 * @param username the login: letters, digits, {@code . _ -}
	 * @param password at least 8 characters, at most 72 bytes (BCrypt's limit)
	 * @param role the role code
	 */
	record CreateUserRequest(
			@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+",
					message = "may only contain letters, digits, '.', '_' and '-'") String username,
			@NotNull @Size(min = 8, max = 128) @MaxUtf8Bytes(MaxUtf8Bytes.BCRYPT) String password,
			@NotNull @Pattern(regexp = ROLE, message = ROLE_MESSAGE) String role) {
	}

	/**
	 * A change of role and/or activation.
	 *
	 * @param role the new role code
	 * @param enabled whether the user may log in
	 */
	record UpdateUserRequest(@NotNull @Pattern(regexp = ROLE, message = ROLE_MESSAGE) String role,
			@NotNull Boolean enabled) {
	}

	/**
	 * A password reset.
	 *
	 * @param password the new password, at least 8 characters, at most 72 bytes
	 */
	record PasswordRequest(@NotNull @Size(min = 8, max = 128) @MaxUtf8Bytes(MaxUtf8Bytes.BCRYPT) String password) {
	}

	/**
	 * A user as the admin API shows it (never the hash).
	 *
	 * @param id the id
	 * @param username the login
	 * @param role the role code
	 * @param enabled whether the user may log in
	 */
	record UserResponse(long id, String username, String role, boolean enabled) {

		static UserResponse of(AppUser user) {
			return new UserResponse(user.id(), user.username(), user.role().code(), user.enabled());
		}

	}

}
