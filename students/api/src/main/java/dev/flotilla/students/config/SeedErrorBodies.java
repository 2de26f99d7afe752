package dev.flotilla.students.config;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import dev.flotilla.platform.error.ApiError;
import dev.flotilla.platform.error.ApiErrorBodyCustomizer;

/**
 * The seed's exact bodies: every 404 is {@code {"error": "Not found"}} and every 401
 * {@code {"error": "Unauthorized access"}}. Other errors keep the platform's shape.
 */
@Component
class SeedErrorBodies implements ApiErrorBodyCustomizer {

	private static final Map<String, String> NOT_FOUND = Map.of("error", "Not found");

	private static final Map<String, String> UNAUTHORIZED = Map.of("error", "Unauthorized access");

	@Override
	public @Nullable Object customize(ApiError error) {
		return switch (error.status().value()) {
			case 404 -> NOT_FOUND;
			case 401 -> UNAUTHORIZED;
			default -> null;
		};
	}

}
