package dev.flotilla.clinic.ui;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import dev.flotilla.platform.error.ApiException;

/**
 * A refused page request (unknown patient, bad id...) answered as a French HTML page with
 * the right status, ahead of the platform's JSON handler that serves the API.
 */
@ControllerAdvice(annotations = UiPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class HtmlErrorAdvice {

	@ExceptionHandler(ApiException.class)
	ModelAndView apiException(ApiException ex) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(ex.getStatus());
		page.addObject("status", ex.getStatus().value());
		page.addObject("message", (ex.getStatus().value() == 404) ? "Cette page n'existe pas." : ex.getMessage());
		return page;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badArgument() {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.NOT_FOUND);
		page.addObject("status", 404);
		page.addObject("message", "Cette page n'existe pas.");
		return page;
	}

}
