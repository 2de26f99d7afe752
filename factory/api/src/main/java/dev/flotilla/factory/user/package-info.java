/**
 * Accounts of the factory: roles {@code admin} and {@code developer}, the seeded admin,
 * and user management by admins.
 */
package dev.flotilla.factory.user;
