/**
 * The one JSON error shape ({@code error} code + {@code message}) for every error path of
 * every system, and the small set of domain exceptions that produce it.
 */
@NullMarked
package dev.flotilla.platform.error;

import org.jspecify.annotations.NullMarked;
