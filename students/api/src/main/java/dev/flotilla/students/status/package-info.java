/**
 * The probe endpoint ({@code GET /health}), open without credentials.
 */
@NullMarked
package dev.flotilla.students.status;

import org.jspecify.annotations.NullMarked;
