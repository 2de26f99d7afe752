/**
 * The audit trail: who read or changed which patient or study, and every login, success
 * or failure; append-only, browsed by admins.
 */
package dev.flotilla.clinic.audit;
