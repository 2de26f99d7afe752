/**
 * Login throttling after OWASP ASVS V2.2: growing delays per (account, client) pair and a
 * high ceiling per client, so that nobody can lock another client out of an account.
 */
@NullMarked
package dev.flotilla.platform.security.throttle;

import org.jspecify.annotations.NullMarked;
