package dev.flotilla.factory.project;

import java.time.Instant;

/**
 * A project as stored.
 *
 * @param id the id
 * @param name the unique name
 * @param repo the repository URL
 * @param lastBuildStatus the status of its latest build, {@code none} before the first
 * @param createdAt when it was created
 */
public record Project(long id, String name, String repo, String lastBuildStatus, Instant createdAt) {
}
