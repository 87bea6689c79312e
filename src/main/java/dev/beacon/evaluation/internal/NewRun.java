package dev.beacon.evaluation.internal;

import dev.beacon.evaluation.AttachmentId;
import dev.beacon.evaluation.RunSettings;
import dev.beacon.evaluation.RunTrigger;
import dev.beacon.evaluation.SuiteId;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;

import java.time.Instant;

/**
 * A run as it starts.
 *
 * @param attachment null for a run of a suite that is not attached to the model
 * @param dueAt      the schedule's occurrence a SCHEDULED run is for; null otherwise
 * @param startedBy  null when Beacon's schedule starts it
 * @param runningOn  the instance that executes it
 */
public record NewRun(TeamId team, SuiteId suite, ModelId model, AttachmentId attachment, RunTrigger trigger,
                     Instant dueAt, String modelVersionLabel, RunSettings settings, int totalCases, UserId startedBy,
                     Instant startedAt, String runningOn) {
}
