/**
 * Web and security set-up: CSRF protection and security headers for the forms, and the
 * HTML error pages a browser gets instead of the platform's JSON errors.
 */
@NullMarked
package dev.flotilla.studentsweb.config;

import org.jspecify.annotations.NullMarked;
