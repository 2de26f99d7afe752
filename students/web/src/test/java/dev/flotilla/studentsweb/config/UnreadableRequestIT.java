package dev.flotilla.studentsweb.config;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.flotilla.testsupport.UnreadableRequests;

/**
 * Requests the container cannot read get a 400 in the JSON error shape, never a 500: a
 * query string that is not UTF-8 on the pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "students-web.api-url=http://127.0.0.1:9",
		"students-web.username=root", "students-web.password=root" })
class UnreadableRequestIT {

	@LocalServerPort
	int port;

	@Test
	void invalidUtf8QueryIsA400() {
		requests().assertInvalidUtf8Refused("/?q=%C3%28", "/students?q=%C3%28");
	}

	private UnreadableRequests requests() {
		return UnreadableRequests.at(this.port, Map.of());
	}

}
