/**
 * Login, access tokens (the platform's JWTs, 30 minutes, typed {@code access}), refresh
 * tokens with rotation and revocation, and the throttling of failed logins.
 */
package dev.flotilla.factory.auth;
