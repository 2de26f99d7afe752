/**
 * Login, access tokens (the platform's JWTs, 30 minutes, typed {@code access}), refresh
 * tokens with rotation and revocation, logout that revokes the access token too (a
 * deny-list in the database), and the throttling of failed logins.
 */
package dev.flotilla.factory.auth;
