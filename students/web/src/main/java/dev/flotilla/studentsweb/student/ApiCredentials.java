package dev.flotilla.studentsweb.student;

import java.io.Serializable;

import org.springframework.core.env.PropertyResolver;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The HTTP Basic credentials the page sends to the API.
 *
 * <p>
 * The seed configures them with {@code USERNAME} and {@code PASSWORD}, but
 * {@code USERNAME} alone is usually the operating system's login name (always on Windows,
 * on many Linux desktops), and sending it would only earn a 401. The seed sets both
 * variables together, so {@code USERNAME} counts only when a password is configured too;
 * otherwise the seed's default user {@code root} is used. Our own
 * {@code STUDENTS_WEB_USERNAME} always wins.
 *
 * <p>
 * A user who signs in on the page is one of these too: the principal of the session, kept
 * server-side only, so that the page's writes are made with the user's own credentials
 * (the session never reaches the browser, only its id does).
 *
 * @param username the API user
 * @param password the API password
 * @param source where the user name came from, for the start-up log
 */
record ApiCredentials(String username, String password, String source) implements AuthenticatedPrincipal, Serializable {

	static final String SEED_DEFAULT_USERNAME = "root";

	static ApiCredentials signedIn(String username, String password) {
		return new ApiCredentials(username, password, "signed in on the page");
	}

	@Override
	public String getName() {
		return this.username;
	}

	static ApiCredentials resolve(StudentsWebProperties properties, PropertyResolver environment) {
		String username = properties.username();
		if (environment.containsProperty("STUDENTS_WEB_USERNAME")) {
			return new ApiCredentials(username, properties.password(), "from STUDENTS_WEB_USERNAME");
		}
		boolean passwordConfigured = environment.containsProperty("STUDENTS_WEB_PASSWORD")
				|| environment.containsProperty("PASSWORD");
		boolean fromOsUsername = username.equals(environment.getProperty("USERNAME"));
		if (fromOsUsername && !passwordConfigured) {
			return new ApiCredentials(SEED_DEFAULT_USERNAME, properties.password(),
					"the default; USERNAME without PASSWORD is the OS login, ignored");
		}
		return new ApiCredentials(username, properties.password(),
				fromOsUsername ? "from USERNAME" : "from students-web.username");
	}

	@Override
	public String toString() {
		return "ApiCredentials[username=" + this.username + ", source=" + this.source + "]";
	}

}
