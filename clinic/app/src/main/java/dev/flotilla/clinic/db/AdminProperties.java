package dev.flotilla.clinic.db;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The default admin user that {@link SeedAdminMigration} creates.
 *
 * @param adminPassword its password ({@code clinic.admin-password},
 * {@code CLINIC_ADMIN_PASSWORD}); the {@code prod} profile refuses the packaged default
 */
@ConfigurationProperties("clinic")
@Validated
record AdminProperties(@NotNull String adminPassword) {

	@Override
	public String toString() {
		return "AdminProperties[adminPassword=<hidden>]";
	}

}
