package dev.beacon.registry;

import java.time.Instant;

/**
 * One step in a model's version history.
 *
 * @param previousLabel the label before this change, or null for the first registration
 */
public record ModelVersionChange(String versionLabel, String previousLabel, String note, Instant changedAt, String changedBy) {

    /** The longest note, in characters; the database allows the same. */
    public static final int MAX_NOTE = 2000;
}
