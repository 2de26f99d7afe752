package dev.flotilla.factory.build;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live logs as Server-Sent Events. Each stream follows the database (so it sees builds
 * run by any replica) on the application task executor (virtual threads where the runtime
 * has them): new text as {@code log} events (JSON: {@code text}, {@code next_offset}),
 * each with its next byte offset as the event id, then an {@code end} event with the
 * final status.
 */
@Component
class BuildLogStreams {

	private static final Duration FOLLOW_INTERVAL = Duration.ofMillis(250);

	private static final long MAX_STREAM_MILLIS = Duration.ofMinutes(30).toMillis();

	private final BuildRepository builds;

	private final AsyncTaskExecutor executor;

	BuildLogStreams(BuildRepository builds, @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
		this.builds = builds;
		this.executor = executor;
	}

	SseEmitter open(long projectId, int number) {
		SseEmitter emitter = new SseEmitter(MAX_STREAM_MILLIS);
		this.executor.execute(() -> follow(emitter, projectId, number));
		return emitter;
	}

	private void follow(SseEmitter emitter, long projectId, int number) {
		long offset = 0;
		try {
			while (true) {
				Build build = this.builds.find(projectId, number).orElse(null);
				if (build == null) {
					emitter.complete();
					return;
				}
				LogChunk chunk = LogChunk.of(build, offset);
				if (!chunk.text().isEmpty()) {
					emitter.send(SseEmitter.event()
						.name("log")
						.id(Long.toString(chunk.nextOffset()))
						.data(Map.of("text", chunk.text(), "next_offset", chunk.nextOffset()),
								MediaType.APPLICATION_JSON));
					offset = chunk.nextOffset();
				}
				if (!chunk.more()) {
					emitter.send(SseEmitter.event().name("end").data(Map.of("status", build.status().value())));
					emitter.complete();
					return;
				}
				Thread.sleep(FOLLOW_INTERVAL.toMillis());
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away
			emitter.completeWithError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			emitter.complete();
		}
	}

}
