package dev.beacon.registry;

import java.time.Instant;

/**
 * One step in a model's version history.
 *
 * @param previousLabel the label before this change, or null for the first registration
 * @param ticketRef     the ticket the change came from as people name it ("#12"), or null
 * @param ticketPath    where that ticket is ("tickets/…"), or null
 */
public record ModelVersionChange(String versionLabel, String previousLabel, String note, Instant changedAt, String changedBy,
                                 String ticketRef, String ticketPath) {

    /** The longest note, in characters; the database allows the same. */
    public static final int MAX_NOTE = 2000;
}
