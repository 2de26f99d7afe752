package dev.flotilla.platform.error;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Renders an {@link ApiError} as the one JSON body, for controllers ({@link #response})
 * and for filters that answer before Spring MVC runs ({@link #write}).
 */
public class ApiErrors {

	private final List<ApiErrorBodyCustomizer> customizers;

	private final JsonMapper jsonMapper;

	public ApiErrors(List<ApiErrorBodyCustomizer> customizers, JsonMapper jsonMapper) {
		this.customizers = List.copyOf(customizers);
		this.jsonMapper = jsonMapper;
	}

	/**
	 * The stable code for a status that has no more specific one, for example
	 * {@code not_found} or {@code method_not_allowed}.
	 * @param status the HTTP status
	 * @return the code
	 */
	public static String codeFor(HttpStatusCode status) {
		if (status.value() == 400) {
			return "invalid_request";
		}
		if (status.value() == 413) {
			return "payload_too_large";
		}
		if (status.is5xxServerError()) {
			return (status.value() == 503) ? "service_unavailable" : "internal_error";
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.name().toLowerCase(Locale.ROOT) : "http_" + status.value();
	}

	/**
	 * The safe default message for a status.
	 * @param status the HTTP status
	 * @return the message
	 */
	public static String messageFor(HttpStatusCode status) {
		if (status.is5xxServerError()) {
			return (status.value() == 503) ? "Service unavailable" : "Unexpected error";
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "HTTP " + status.value();
	}

	/**
	 * The status of the container's error dispatch ({@code /error}); a direct request to
	 * the error path is not an error dispatch, so there is nothing there: 404.
	 * @param request the error dispatch's request
	 * @return the status to answer with
	 */
	public static HttpStatusCode errorDispatchStatus(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && value >= 400 && value < 600) {
			return HttpStatusCode.valueOf(value);
		}
		return (code == null) ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/**
	 * The body sent for this error: a customizer's when one answers, otherwise
	 * {@code error}, {@code message} and (when present) {@code fields}.
	 * @param error the error
	 * @return the body to serialize
	 */
	public Object body(ApiError error) {
		for (ApiErrorBodyCustomizer customizer : this.customizers) {
			Object body = customizer.customize(error);
			if (body != null) {
				return body;
			}
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error.error());
		body.put("message", error.message());
		if (!error.fields().isEmpty()) {
			body.put("fields", error.fields());
		}
		return body;
	}

	public ResponseEntity<Object> response(ApiError error) {
		return response(error, HttpHeaders.EMPTY);
	}

	public ResponseEntity<Object> response(ApiError error, HttpHeaders headers) {
		return ResponseEntity.status(error.status())
			.headers(headers)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body(error));
	}

	/**
	 * Write the error straight to a servlet response (filters, security entry points).
	 * @param response the response, not yet committed
	 * @param error the error
	 * @throws IOException if the response cannot be written
	 */
	public void write(HttpServletResponse response, ApiError error) throws IOException {
		response.setStatus(error.status().value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.jsonMapper.writeValue(response.getOutputStream(), body(error));
	}

}
