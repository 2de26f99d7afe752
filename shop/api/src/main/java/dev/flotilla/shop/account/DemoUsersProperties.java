package dev.flotilla.shop.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The seed's two users ("Admin, User"), created at start-up when missing.
 *
 * @param enabled whether to create them
 * @param adminPassword the password of {@code admin} (role admin)
 * @param userPassword the password of {@code user} (role client)
 */
@ConfigurationProperties("shop.demo")
record DemoUsersProperties(@DefaultValue("true") boolean enabled, String adminPassword, String userPassword) {
}
