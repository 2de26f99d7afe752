package dev.flotilla.platform.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
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
		HttpStatusCode status = statusOf(request);
		return this.errors.response(new ApiError(status, ApiErrors.codeFor(status), ApiErrors.messageFor(status)));
	}

	private static HttpStatusCode statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && value >= 400 && value < 600) {
			return HttpStatusCode.valueOf(value);
		}
		// A direct GET /error is not an error dispatch: there is nothing here.
		return (code == null) ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
