package dev.flotilla.shop.account;

import java.time.Instant;

/**
 * A user row, hash included: it never leaves the server ({@link UserResponse} does).
 */
record UserAccount(long id, String username, String passwordHash, String role, Instant createdAt) {

	UserResponse toResponse() {
		return new UserResponse(this.id, this.username, this.role, this.createdAt);
	}

}
