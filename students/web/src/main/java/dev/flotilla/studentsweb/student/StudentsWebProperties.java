package dev.flotilla.studentsweb.student;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the students API is and how the page calls it.
 *
 * @param apiUrl the API's base address ({@code API_URL}); {@code host:port} alone means
 * {@code http://host:port}
 * @param username the API user ({@code STUDENTS_WEB_USERNAME}, else the seed's
 * {@code USERNAME}; see {@link ApiCredentials})
 * @param password the API password ({@code STUDENTS_WEB_PASSWORD}, else the seed's
 * {@code PASSWORD})
 * @param connectTimeout how long to wait for a connection to the API
 * @param readTimeout how long to wait for the API's answer
 */
@ConfigurationProperties("students-web")
record StudentsWebProperties(String apiUrl, String username, String password,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout) {

	@Override
	public String toString() {
		return "StudentsWebProperties[apiUrl=" + this.apiUrl + ", username=" + this.username + ", connectTimeout="
				+ this.connectTimeout + ", readTimeout=" + this.readTimeout + "]";
	}

}
