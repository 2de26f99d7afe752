package dev.flotilla.platform.error;

import org.jspecify.annotations.Nullable;

/**
 * Lets a system replace the default error body where its seed prescribes an exact one
 * (seed 000 answers every 404 with {@code {"error": "Not found"}}, for example).
 * Customizers are asked in order; the first non-null body wins.
 */
@FunctionalInterface
public interface ApiErrorBodyCustomizer {

	/**
	 * Return the body to send for this error, or {@code null} to keep the default.
	 * @param error the error about to be sent
	 * @return the replacement body (serialized as JSON) or {@code null}
	 */
	@Nullable Object customize(ApiError error);

}
