package dev.beacon.evaluation.api;

import dev.beacon.evaluation.Attachment;
import dev.beacon.evaluation.AttachmentData;
import dev.beacon.evaluation.RunSchedule;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An attachment of a suite to a model in API bodies. */
final class AttachmentResources {

    private AttachmentResources() {
    }

    @Schema(description = "A suite attached to a model of its team. Schedule: everyMinutes, or cron (Spring's syntax; five "
            + "fields get seconds 0) with zone, or neither for manual runs only.")
    record AttachmentRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID modelId,
                             @Schema(description = "1–10080; null for cron or manual only", example = "60") Integer everyMinutes,
                             @Schema(example = "0 6 * * *") String cron,
                             @Schema(description = "the cron's time zone; defaults to UTC", example = "Europe/Berlin") String zone,
                             @Schema(description = "random cases per run, 1–5000; null = all cases") Integer sampleSize,
                             @Schema(description = "0–2; defaults to 0", example = "0") BigDecimal temperature,
                             @Schema(description = "1–32768; defaults to 256") Integer maxTokens,
                             @Schema(description = "calls at once, 1–16; defaults to 2") Integer concurrency,
                             @Schema(description = "per call, 1–600; defaults to 30") Integer timeoutSeconds,
                             @Schema(description = "whether the schedule runs; defaults to true") Boolean enabled,
                             @Schema(description = "the version you read; required when updating") Integer version) {

        AttachmentData toData() {
            if (modelId == null) {
                throw new InvalidInputException("modelId", "Choose a model");
            }
            boolean scheduled = everyMinutes != null || cron != null && !cron.isBlank();
            RunSchedule schedule = scheduled ? new RunSchedule(everyMinutes, cron, RunSchedule.zone(zone)) : null;
            AttachmentData defaults = AttachmentData.defaults(new ModelId(modelId));
            return new AttachmentData(defaults.model(), schedule, sampleSize,
                    temperature == null ? defaults.temperature() : temperature,
                    maxTokens == null ? defaults.maxTokens() : maxTokens,
                    concurrency == null ? defaults.concurrency() : concurrency,
                    timeoutSeconds == null ? defaults.timeoutSeconds() : timeoutSeconds,
                    enabled == null || enabled);
        }
    }

    record AttachmentResource(UUID id, int version, UUID suiteId, String suiteName, UUID modelId, String modelName,
                              Integer everyMinutes, String cron, String zone,
                              @Schema(example = "Every hour") String repeats, Integer sampleSize, BigDecimal temperature,
                              int maxTokens, int concurrency, int timeoutSeconds, boolean enabled,
                              @Schema(description = "null without a schedule or while disabled") Instant nextRunAt) {

        static AttachmentResource of(Attachment attachment) {
            AttachmentData data = attachment.data();
            RunSchedule schedule = data.schedule();
            return new AttachmentResource(attachment.id().value(), attachment.version(), attachment.suite().value(),
                    attachment.suiteName(), attachment.model().value(), attachment.modelName(),
                    schedule == null ? null : schedule.everyMinutes(), schedule == null ? null : schedule.cron(),
                    schedule == null || !schedule.isCron() ? null : schedule.zone().getId(),
                    schedule == null ? "Manual only" : schedule.describe(), data.sampleSize(), data.temperature(),
                    data.maxTokens(), data.concurrency(), data.timeoutSeconds(), data.enabled(), attachment.nextRunAt());
        }
    }
}
