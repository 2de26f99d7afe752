/**
 * Login, access tokens (HS256 JWTs, 30 minutes), refresh tokens with rotation and
 * revocation, and the throttling of failed logins.
 */
package dev.flotilla.factory.auth;
