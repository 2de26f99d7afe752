package dev.flotilla.factory;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.flotilla.testsupport.UnreadableRequests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the container cannot read get a 400 in the JSON error shape, never a 500: a
 * query string that is not UTF-8, and a multipart body without a boundary on every JSON
 * write operation of the API document, the login included.
 */
@FactoryIT
class UnreadableRequestIT {

	@LocalServerPort
	int port;

	@Test
	void invalidUtf8QueryIsA400() {
		requests().assertInvalidUtf8Refused("/projects?q=%C3%28");
	}

	@Test
	void multipartWithoutBoundaryIsA400OnEveryJsonWrite() {
		List<String> writes = requests().assertMultipartWithoutBoundaryRefusedOnEveryJsonWrite();
		assertThat(writes).contains("POST /login", "POST /projects", "POST /users");
	}

	private UnreadableRequests requests() {
		return UnreadableRequests.at(this.port, Map.of());
	}

}
