/**
 * Web and security set-up: open reading, sign-in for writes, CSRF and security headers,
 * and the HTML error pages a browser gets instead of the platform's JSON errors.
 */
@NullMarked
package dev.flotilla.studentsweb.config;

import org.jspecify.annotations.NullMarked;
