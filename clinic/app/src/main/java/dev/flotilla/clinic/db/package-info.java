/**
 * The schema: Flyway migrations that run unchanged on H2, MariaDB and PostgreSQL, the few
 * SQL differences between them, and the default admin user.
 */
package dev.flotilla.clinic.db;
