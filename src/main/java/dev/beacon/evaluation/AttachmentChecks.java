package dev.beacon.evaluation;

import dev.beacon.registry.ModelDirectory;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;

/** The rules an attachment's settings must meet; each broken rule names its field as the REST API spells it. */
@Component
class AttachmentChecks {

    private final ModelDirectory models;

    AttachmentChecks(ModelDirectory models) {
        this.models = models;
    }

    void check(Suite suite, AttachmentData data, Instant now) {
        if (data.model() == null) {
            throw new InvalidInputException("modelId", "Choose a model");
        }
        requireModelOf(suite, data.model(), "modelId");
        if (data.sampleSize() != null && (data.sampleSize() < 1 || data.sampleSize() > AttachmentData.MAX_SAMPLE_SIZE)) {
            throw new InvalidInputException("sampleSize", "Between 1 and " + AttachmentData.MAX_SAMPLE_SIZE + " cases, or empty for all");
        }
        BigDecimal temperature = data.temperature();
        if (temperature == null || temperature.signum() < 0 || temperature.compareTo(AttachmentData.MAX_TEMPERATURE) > 0
                || temperature.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("temperature", "Between 0 and 2, with at most two decimals");
        }
        range(data.maxTokens(), AttachmentData.MAX_TOKENS, "maxTokens", "tokens");
        range(data.concurrency(), AttachmentData.MAX_CONCURRENCY, "concurrency", "calls at once");
        range(data.timeoutSeconds(), AttachmentData.MAX_TIMEOUT_SECONDS, "timeoutSeconds", "seconds");
        if (data.schedule() != null && data.schedule().next(now).equals(Instant.MAX)) {
            throw new InvalidInputException("cron", "This cron expression never fires");
        }
    }

    /** Refuses a model that is not one of the suite's team (or does not exist), naming the field. */
    void requireModelOf(Suite suite, ModelId model, String field) {
        if (model == null || models.find(model).filter(entry -> entry.team().equals(suite.team())).isEmpty()) {
            throw new InvalidInputException(field, "Choose a model of the suite's team");
        }
    }

    private static void range(int value, int max, String field, String unit) {
        if (value < 1 || value > max) {
            throw new InvalidInputException(field, "Between 1 and " + max + " " + unit);
        }
    }
}
