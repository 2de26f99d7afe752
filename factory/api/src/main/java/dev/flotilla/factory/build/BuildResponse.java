package dev.flotilla.factory.build;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A build as the API shows it: the seed's fields ({@code id}, {@code project_id},
 * {@code status}, {@code duration_s}, {@code logs}), then the lifecycle's.
 */
@NullMarked
record BuildResponse(long id, @JsonProperty("project_id") long projectId, @Schema(allowableValues = {
		"queued", "running", "success", "fail", "cancelled" }) String status,
		@JsonProperty("duration_s") @Nullable Double durationS, String logs, int number,
		@JsonProperty("retry_of") @Nullable Integer retryOf, @JsonProperty("created_at") Instant createdAt,
		@JsonProperty("started_at") @Nullable Instant startedAt,
		@JsonProperty("finished_at") @Nullable Instant finishedAt,
		@JsonProperty("started_by") @Schema(description = "Username of who started it; null for older builds",
				nullable = true) @Nullable String startedBy){

	static BuildResponse of(Build build) {
		return new BuildResponse(build.id(), build.projectId(), build.status().value(), build.durationS(), build.logs(),
				build.number(), build.retryOf(), build.createdAt(), build.startedAt(), build.finishedAt(),
				build.startedBy());
	}

}
