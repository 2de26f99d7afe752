/**
 * Logs: human-readable by default, structured JSON with {@code LOG_FORMAT=json}, and a
 * request id carried through the logs and returned to the client.
 */
@NullMarked
package dev.flotilla.platform.logging;

import org.jspecify.annotations.NullMarked;
