package dev.flotilla.studentsweb.config;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Exceptions inside Spring MVC (unknown page, wrong method, bad parameter, a bug) become
 * the French error page when the client asks for HTML. Runs before the platform's JSON
 * handler, which still answers every other client.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HtmlExceptionHandler {

	private static final Log log = LogFactory.getLog(HtmlExceptionHandler.class);

	@ExceptionHandler(exception = Exception.class, produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(Exception ex) {
		HttpStatusCode status = HttpStatus.INTERNAL_SERVER_ERROR;
		if (ex instanceof ErrorResponse known) {
			status = known.getStatusCode();
		}
		else if (ex instanceof TypeMismatchException) {
			status = HttpStatus.BAD_REQUEST;
		}
		if (status.is5xxServerError()) {
			log.error("Unexpected error while rendering a page", ex);
		}
		return ErrorPages.render(status);
	}

}
