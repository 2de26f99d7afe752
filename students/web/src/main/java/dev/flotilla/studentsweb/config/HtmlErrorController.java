package dev.flotilla.studentsweb.config;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import dev.flotilla.platform.error.ApiError;
import dev.flotilla.platform.error.ApiErrors;

/**
 * The container's error dispatch ({@code /error}: CSRF refusals, errors outside Spring
 * MVC): an HTML page for a browser, the platform's JSON for anything else. Replaces the
 * platform's JSON-only error controller, which steps aside when an
 * {@link ErrorController} exists.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class HtmlErrorController implements ErrorController {

	private final ApiErrors errors;

	HtmlErrorController(ApiErrors errors) {
		this.errors = errors;
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request) {
		return ErrorPages.render(ApiErrors.errorDispatchStatus(request));
	}

	@RequestMapping
	ResponseEntity<Object> json(HttpServletRequest request) {
		return this.errors.response(ApiError.of(ApiErrors.errorDispatchStatus(request)));
	}

}
