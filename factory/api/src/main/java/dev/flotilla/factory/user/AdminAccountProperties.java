package dev.flotilla.factory.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The seeded account ({@code factory.admin-password}).
 *
 * @param adminPassword the {@code admin} account's password on first start
 * ({@code FACTORY_ADMIN_PASSWORD}); the {@code prod} profile refuses the packaged default
 */
@ConfigurationProperties("factory")
record AdminAccountProperties(String adminPassword) {
}
