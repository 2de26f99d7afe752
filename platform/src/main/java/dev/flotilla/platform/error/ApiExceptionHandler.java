package dev.flotilla.platform.error;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception that reaches Spring MVC into the one JSON error shape. Client
 * errors say what was wrong; anything unexpected is logged and answered with a 500 that
 * names nothing internal.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiExceptionHandler.class);

	private final ApiErrors errors;

	ApiExceptionHandler(ApiErrors errors) {
		this.errors = errors;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Object> handleApiException(ApiException ex) {
		return this.errors.response(ex.toApiError(), ex.getHeaders());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex) {
		List<ApiError.FieldError> fields = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new ApiError.FieldError(lastNode(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.toList();
		return this.errors.response(validationFailed(fields));
	}

	/**
	 * A multipart body that cannot be parsed (a size limit is
	 * {@code MaxUploadSizeExceededException}, answered 413 by the superclass).
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> handleUnreadableMultipart(MultipartException ex) {
		return this.errors.response(new ApiError(HttpStatus.BAD_REQUEST, "malformed_multipart",
				"Corps multipart illisible : vérifiez le Content-Type et le corps de la requête."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex) {
		log.error("Unexpected error while handling a request", ex);
		return this.errors.response(new ApiError(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
				ApiErrors.messageFor(HttpStatus.INTERNAL_SERVER_ERROR)));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ApiError.FieldError> fields = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new ApiError.FieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
			.toList();
		return this.errors.response(validationFailed(fields), headers);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ApiError.FieldError> fields = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new ApiError.FieldError(parameterName(result.getMethodParameter().getParameterName()),
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		return this.errors.response(validationFailed(fields), headers);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (PayloadTooLargeException.isCauseOf(ex)) {
			return this.errors.response(PayloadTooLargeException.API_ERROR, headers);
		}
		return this.errors.response(malformedJson(ex), headers);
	}

	/**
	 * Names the field when Jackson knows it: an unknown field (mass assignment) or a
	 * value of the wrong type.
	 */
	private static ApiError malformedJson(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof PropertyBindingException unknown) {
				String field = unknown.getPropertyName();
				return new ApiError(HttpStatus.BAD_REQUEST, "malformed_json", "Unknown field '" + field + "'",
						List.of(new ApiError.FieldError(field, "unknown field")));
			}
			if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
				String name = fieldPath(mismatch);
				return new ApiError(HttpStatus.BAD_REQUEST, "malformed_json", "Invalid value for '" + name + "'",
						List.of(new ApiError.FieldError(name, "wrong type or shape")));
			}
		}
		return new ApiError(HttpStatus.BAD_REQUEST, "malformed_json",
				"The request body is missing or is not valid JSON of the expected shape");
	}

	private static String fieldPath(MismatchedInputException mismatch) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : mismatch.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return (path.length() > 0) ? path.toString() : "body";
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = parameterName(ex.getPropertyName());
		return this.errors.response(new ApiError(HttpStatus.BAD_REQUEST, "invalid_request",
				"Invalid value for '" + name + "'", List.of(new ApiError.FieldError(name, "invalid value"))), headers);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (status.is5xxServerError()) {
			log.error("Server error while handling a request", ex);
		}
		return this.errors.response(new ApiError(status, ApiErrors.codeFor(status), messageOf(ex, status)), headers);
	}

	private static String messageOf(Exception ex, HttpStatusCode status) {
		if (ex instanceof HttpRequestMethodNotSupportedException methodEx) {
			return "Method " + methodEx.getMethod() + " is not allowed here";
		}
		if (ex instanceof HttpMediaTypeNotSupportedException mediaEx) {
			return "Content type '" + mediaEx.getContentType() + "' is not supported; use "
					+ mediaEx.getSupportedMediaTypes();
		}
		if (ex instanceof MissingServletRequestParameterException paramEx) {
			return "Missing parameter '" + paramEx.getParameterName() + "'";
		}
		return ApiErrors.messageFor(status);
	}

	private static ApiError validationFailed(List<ApiError.FieldError> fields) {
		return new ApiError(HttpStatus.BAD_REQUEST, "validation_failed", "Certains champs sont invalides.", fields);
	}

	private static String parameterName(@Nullable String name) {
		return (name != null) ? name : "value";
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}

}
