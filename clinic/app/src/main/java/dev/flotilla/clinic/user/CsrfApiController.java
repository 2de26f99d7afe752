package dev.flotilla.clinic.user;

import java.util.Map;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/csrf}: the session's CSRF token for API clients, to send in the
 * {@code X-CSRF-TOKEN} header of their state-changing calls.
 */
@RestController
class CsrfApiController {

	@GetMapping("/api/csrf")
	Map<String, String> csrf(CsrfToken token) {
		return Map.of("headerName", token.getHeaderName(), "parameterName", token.getParameterName(), "token",
				token.getToken());
	}

}
