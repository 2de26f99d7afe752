package dev.flotilla.platform.error;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the container's error dispatch ({@code /error}) with the JSON error shape, so
 * that errors raised outside Spring MVC (filters, the servlet container) are never an
 * HTML page. Replaces Spring Boot's {@code BasicErrorController}.
 */
@RestController
@RequestMapping("${server.error.path:/error}")
class JsonErrorController implements ErrorController {

	private final ApiErrors errors;

	JsonErrorController(ApiErrors errors) {
		this.errors = errors;
	}

	@RequestMapping
	ResponseEntity<Object> error(HttpServletRequest request) {
		return this.errors.response(ApiError.of(ApiErrors.errorDispatchStatus(request)));
	}

}
