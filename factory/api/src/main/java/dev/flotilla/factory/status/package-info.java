/** The seed's {@code /status}: version, uptime, a real database check and the time. */
package dev.flotilla.factory.status;
