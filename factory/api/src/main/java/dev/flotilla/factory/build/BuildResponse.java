package dev.flotilla.factory.build;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A build as the API shows it: the seed's fields, then the lifecycle's. */
record BuildResponse(long id, @JsonProperty("project_id") long projectId, int number, String status,
		@JsonProperty("duration_s") Double durationS, String logs, @JsonProperty("retry_of") Integer retryOf,
		@JsonProperty("created_at") Instant createdAt, @JsonProperty("started_at") Instant startedAt,
		@JsonProperty("finished_at") Instant finishedAt) {

	static BuildResponse of(Build build) {
		return new BuildResponse(build.id(), build.projectId(), build.number(), build.status().value(),
				build.durationS(), build.logs(), build.retryOf(), build.createdAt(), build.startedAt(),
				build.finishedAt());
	}

}
