package dev.flotilla.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one list of systems the launcher knows. Adding a system is one entry here.
 */
final class Fleet {

	private static final String READY = "/actuator/health/readiness";

	private static final List<SystemSpec> SYSTEMS = List.of(
			new SystemSpec("datapress-api", 8080, new Kind.BootJar(Path.of("datapress/api/target/datapress-api.jar")),
					"/health", SystemSpec.NO_CREDENTIALS),
			new SystemSpec("datapress-web", 8081,
					new Kind.StaticSite(Path.of("datapress/web"), "datapress-api", false,
							Path.of("datapress/web/nginx.conf")),
					"/", SystemSpec.NO_CREDENTIALS),
			new SystemSpec("students-api", 5000, new Kind.BootJar(Path.of("students/api/target/students-api.jar")),
					READY, "root / root (HTTP Basic)"),
			new SystemSpec("students-web", 5080,
					new Kind.BootJar(Path.of("students/web/target/students-web.jar"), "students-api", "API_URL"), READY,
					"root / root (sign in at /login to write)"),
			new SystemSpec("factory-api", 5001, new Kind.BootJar(Path.of("factory/api/target/factory-api.jar")), READY,
					"admin / admin123 (POST /login, then Bearer)"),
			new SystemSpec("shop-api", 5002, new Kind.BootJar(Path.of("shop/api/target/shop-api.jar")), READY,
					"admin / admin123, user / user123 (POST /api/auth/login)"),
			new SystemSpec("shop-web", 5173,
					new Kind.StaticSite(Path.of("shop/web/dist"), "shop-api", true, Path.of("shop/web/nginx.conf")),
					"/", "admin / admin123, user / user123"),
			new SystemSpec("clinic", 5004, new Kind.BootJar(Path.of("clinic/app/target/clinic-app.jar")), READY,
					"admin / admin (form login at /login)"));

	private Fleet() {
	}

	/**
	 * The systems in start order, each on its default port unless
	 * {@code FLOTILLA_<SYSTEM>_PORT} overrides it.
	 */
	static List<SystemSpec> systems(Map<String, String> env) {
		return SYSTEMS.stream().map((spec) -> withPortOverride(spec, env.get(spec.portVariable()))).toList();
	}

	private static SystemSpec withPortOverride(SystemSpec spec, String value) {
		if (value == null || value.isBlank()) {
			return spec;
		}
		try {
			int port = Integer.parseInt(value.trim());
			if (port > 0 && port < 65536) {
				return spec.withPort(port);
			}
		}
		catch (NumberFormatException ex) {
			// reported below with the variable's name
		}
		throw new IllegalArgumentException(spec.portVariable() + " must be a port number, got '" + value + "'");
	}

}
