/**
 * Users, their roles ({@code lecture}, {@code modification}, {@code admin}), the login
 * and its throttling, and the admin's user management.
 */
package dev.flotilla.clinic.user;
