/**
 * Database settings in the seeds' URL style ({@code DATABASE_URL} / {@code DB_URL})
 * mapped onto Spring's datasource.
 */
@NullMarked
package dev.flotilla.platform.db;

import org.jspecify.annotations.NullMarked;
