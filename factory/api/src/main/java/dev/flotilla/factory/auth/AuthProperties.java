package dev.flotilla.factory.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login settings ({@code factory.auth.*}); the access token itself is the platform's
 * ({@code platform.security.jwt.*}).
 *
 * @param refreshTtl lifetime of a refresh token
 */
@ConfigurationProperties("factory.auth")
record AuthProperties(@DefaultValue("7d") Duration refreshTtl) {
}
