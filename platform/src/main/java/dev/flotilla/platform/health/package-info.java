/**
 * Health, version and uptime of a running system, and a graceful shutdown that turns
 * readiness false before the web server stops.
 */
@NullMarked
package dev.flotilla.platform.health;

import org.jspecify.annotations.NullMarked;
