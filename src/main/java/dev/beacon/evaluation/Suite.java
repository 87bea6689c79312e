package dev.beacon.evaluation;

import dev.beacon.shared.TeamId;

import java.time.Instant;

/**
 * A suite with its bookkeeping; {@code version} is the optimistic-locking counter.
 *
 * @param slug      derived from the name at creation and kept on rename; runs write the score series
 *                  {@code accuracy:<slug>}
 * @param createdBy the creator's display name, null when the user was deleted
 * @param updatedBy who saved it last, null when the user was deleted
 */
public record Suite(SuiteId id, TeamId team, String teamName, String slug, SuiteData data, int caseCount, int version,
                    Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public String name() {
        return data.name();
    }

    /** The score series a completed run of this suite writes besides {@code accuracy}. */
    public String scoreName() {
        return "accuracy:" + slug;
    }
}
