/**
 * Users, their roles ({@code lecture}, {@code modification}, {@code admin}), the login
 * page and its throttling, what every page knows of its user (which actions to show), and
 * the admin's user management.
 */
package dev.flotilla.clinic.user;
