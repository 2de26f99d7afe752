/**
 * Configuration sources every system shares: the platform's defaults and the local
 * {@code .env} file.
 */
@NullMarked
package dev.flotilla.platform.config;

import org.jspecify.annotations.NullMarked;
