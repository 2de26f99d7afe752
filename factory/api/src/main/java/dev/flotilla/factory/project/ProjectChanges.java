package dev.flotilla.factory.project;

import org.springframework.stereotype.Component;

import dev.flotilla.platform.db.CommittedChanges;

/**
 * This replica's committed changes to what the project list shows (a project created, a
 * latest build's status): every such write calls {@link #changed()}, and list pages are
 * kept under the version they were read at.
 */
@Component
public class ProjectChanges extends CommittedChanges {

}
