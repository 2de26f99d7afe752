/**
 * The audit trail: who read or changed which patient or study, and every login, success
 * or failure; append-only, browsed by admins.
 */
@ApplicationModule(allowedDependencies = "ui")
package dev.flotilla.clinic.audit;

import org.springframework.modulith.ApplicationModule;
