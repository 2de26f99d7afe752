package dev.flotilla.students.age;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The seed's error bodies, for the API docs only: {@code {"error": "Not found"}} and
 * {@code {"error": "Unauthorized access"}} (written by the config package).
 *
 * @param error the seed's message
 */
@Schema(name = "SeedError", description = "The seed's error body: no code, only its message")
record SeedError(@Schema(example = "Unauthorized access") String error) {
}
