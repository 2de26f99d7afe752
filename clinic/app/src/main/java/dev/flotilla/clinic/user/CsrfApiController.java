package dev.flotilla.clinic.user;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

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
	@Operation(summary = "The session's CSRF token, to send as X-CSRF-TOKEN on writes")
	Map<String, String> csrf(CsrfToken token) {
		return Map.of("headerName", token.getHeaderName(), "parameterName", token.getParameterName(), "token",
				token.getToken());
	}

}
