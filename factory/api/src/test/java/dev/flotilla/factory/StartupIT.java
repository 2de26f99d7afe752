package dev.flotilla.factory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.flotilla.testsupport.JarProcess;

import static org.assertj.core.api.Assertions.assertThat;

/** What the built jar says and does when it must not start. */
class StartupIT {

	private static final Path JAR = Path.of("target", "factory-api.jar").toAbsolutePath();

	@Test
	void prodProfileRefusesTheDefaultJwtSecretAndAdminPassword(@TempDir Path dir) throws Exception {
		String log = runToExit(dir, Map.of("SPRING_PROFILES_ACTIVE", "prod"));
		assertThat(log).contains("factory.jwt.secret").contains("factory.admin-password");
		assertThat(log).doesNotContain("local-only-factory-jwt-secret").doesNotContain("admin123");
	}

	@Test
	void prodProfileStartsWithRealSecrets(@TempDir Path dir) throws Exception {
		JarProcess app = JarProcess.start(JAR, Map.of("SPRING_PROFILES_ACTIVE", "prod", "JWT_SECRET",
				"a-real-secret-of-at-least-32-bytes-" + System.nanoTime(), "FACTORY_ADMIN_PASSWORD", "not-the-default",
				"SPRING_DATASOURCE_URL", "jdbc:h2:mem:prod;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				// prod's management port is 9090: a free one here, so parallel builds
				// never collide.
				"MANAGEMENT_SERVER_PORT", "0"), dir.resolve("app.log"));
		try {
			app.awaitOk("/status", Duration.ofSeconds(120));
		}
		finally {
			app.kill();
		}
	}

	@Test
	void shortJwtSecretStopsTheStartWithAClearMessage(@TempDir Path dir) throws Exception {
		String log = runToExit(dir, Map.of("JWT_SECRET", "change-me"));
		assertThat(log).contains("JWT_SECRET").contains("at least 32 bytes");
	}

	private static String runToExit(Path dir, Map<String, String> env) throws Exception {
		Path log = dir.resolve("app.log");
		JarProcess app = JarProcess.start(JAR, env, log);
		assertThat(app.process().waitFor(120, TimeUnit.SECONDS)).as("the start was refused").isTrue();
		assertThat(app.process().exitValue()).isNotZero();
		return Files.readString(log);
	}

}
