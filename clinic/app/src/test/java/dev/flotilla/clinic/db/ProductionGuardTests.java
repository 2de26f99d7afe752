package dev.flotilla.clinic.db;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import dev.flotilla.clinic.ClinicApplication;
import dev.flotilla.platform.security.DefaultSecretException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code prod} profile refuses to start while the default admin password is the
 * packaged one (it fails before any bean or database is touched).
 */
class ProductionGuardTests {

	@Test
	void prodRefusesThePackagedAdminPassword() {
		SpringApplicationBuilder clinic = new SpringApplicationBuilder(ClinicApplication.class).profiles("prod")
			.properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:guard");
		assertThatExceptionOfType(DefaultSecretException.class).isThrownBy(clinic::run)
			.withMessageContaining("clinic.admin-password");
	}

}
