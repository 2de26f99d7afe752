package dev.flotilla.factory.user;

import java.time.Instant;

/**
 * An account as stored; never sent to a client (see {@code UserResponse}).
 *
 * @param id the id
 * @param username the login name
 * @param passwordHash the encoded password
 * @param role the role
 * @param createdAt when it was created
 * @param active whether it may sign in and use its tokens (a deactivated account is kept
 * with the builds it started)
 */
public record AppUser(long id, String username, String passwordHash, Role role, Instant createdAt, boolean active) {
}
