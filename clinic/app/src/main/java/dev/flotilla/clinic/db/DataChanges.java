package dev.flotilla.clinic.db;

import org.springframework.stereotype.Component;

import dev.flotilla.platform.db.CommittedChanges;

/**
 * This replica's committed changes to patients and studies: every write to those tables
 * calls {@link #changed()}, and search pages are kept under the version they were read
 * at.
 */
@Component
public class DataChanges extends CommittedChanges {

}
