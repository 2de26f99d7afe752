package dev.flotilla.platform.openapi;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A null-marked record's document: non-null components required, {@code @Nullable} ones
 * nullable.
 */
class NullMarkedRecordsConverterTests {

	@Test
	void requiresNonNullComponentsAndLetsNullableOnesBeNull() {
		ModelConverters converters = new ModelConverters(true);
		converters.addConverter(new NullMarkedRecordsConverter());
		Map<String, Schema> schemas = converters.readAll(new AnnotatedType(Marked.Build.class));
		Schema<?> build = schemas.get("Build");
		assertThat(build.getRequired()).containsExactlyInAnyOrder("number", "status", "project");
		assertThat(build.getProperties().get("duration_s").getTypes()).contains("number", "null");
		assertThat(build.getProperties().get("previous").getAnyOf()).hasSize(2);
		assertThat(schemas.get("Project").getRequired()).containsExactly("name");
	}

	@Test
	void leavesRecordsOfUnmarkedCodeAsTheyWere() {
		ModelConverters converters = new ModelConverters(true);
		converters.addConverter(new NullMarkedRecordsConverter());
		Schema<?> plain = converters.readAll(new AnnotatedType(Unmarked.class)).get("Unmarked");
		assertThat(plain.getRequired()).isNullOrEmpty();
	}

	@NullMarked
	static final class Marked {

		record Project(String name) {
		}

		record Build(long number, String status, Project project,
				@JsonProperty("duration_s") @Nullable Double durationSeconds, @Nullable Project previous) {
		}

	}

	/** This package is null-marked: the record opts out. */
	@NullUnmarked
	record Unmarked(String name) {
	}

}
