package dev.flotilla.launcher;

import java.net.URI;
import java.util.Locale;

/**
 * One system of the fleet as the launcher runs it locally.
 *
 * @param name the system's name, also its log file name and its port variable
 * @param port the local port
 * @param kind how it is started
 * @param healthPath the path that answers 200 once the system is ready
 * @param credentials the demo credentials shown to the developer
 */
record SystemSpec(String name, int port, Kind kind, String healthPath, String credentials) {

	static final String NO_CREDENTIALS = "—";

	URI url() {
		return URI.create("http://localhost:" + this.port + "/");
	}

	URI healthUri() {
		// 127.0.0.1 rather than localhost: "localhost" may resolve to ::1 first, where a
		// loopback-only server is not listening.
		return URI.create("http://127.0.0.1:" + this.port + this.healthPath);
	}

	String portVariable() {
		return "FLOTILLA_" + this.name.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
	}

	SystemSpec withPort(int newPort) {
		return new SystemSpec(this.name, newPort, this.kind, this.healthPath, this.credentials);
	}

}
