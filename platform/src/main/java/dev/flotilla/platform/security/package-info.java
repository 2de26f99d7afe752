/**
 * Security concerns shared by every system: password hashing, HTTP Basic verified against
 * a hash with a cache of verified credentials (throttled, see {@code throttle}), and the
 * production guard that refuses to start the {@code prod} profile on a built-in default
 * secret.
 */
@NullMarked
package dev.flotilla.platform.security;

import org.jspecify.annotations.NullMarked;
