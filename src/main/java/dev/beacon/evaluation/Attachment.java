package dev.beacon.evaluation;

import dev.beacon.shared.ModelId;

import java.time.Instant;

/**
 * A suite attached to a model of the same team.
 *
 * @param nextRunAt when the schedule runs it next; null without a schedule or while disabled
 */
public record Attachment(AttachmentId id, SuiteId suite, String suiteName, ModelId model, String modelName,
                         AttachmentData data, Instant nextRunAt, int version) {
}
