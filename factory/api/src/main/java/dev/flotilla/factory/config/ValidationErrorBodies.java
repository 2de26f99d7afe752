package dev.flotilla.factory.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import dev.flotilla.platform.error.ApiError;
import dev.flotilla.platform.error.ApiErrorBodyCustomizer;

/**
 * The factory's 400 body for a rejected field: {@code invalid_request} and the
 * constraint's own message (the seed's {@code name and repo required}), as for every
 * other bad request, rather than the platform's {@code validation_failed} with a field
 * list. With several rejected fields the first is reported.
 */
@Component
class ValidationErrorBodies implements ApiErrorBodyCustomizer {

	@Override
	public @Nullable Object customize(ApiError error) {
		if (!"validation_failed".equals(error.error()) || error.fields().isEmpty()) {
			return null;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", "invalid_request");
		body.put("message", error.fields().get(0).message());
		return body;
	}

}
