/**
 * The schema: Flyway migrations that run unchanged on H2, MariaDB and PostgreSQL, the few
 * SQL differences between them, and the default admin user.
 */
@ApplicationModule(allowedDependencies = {})
package dev.flotilla.clinic.db;

import org.springframework.modulith.ApplicationModule;
