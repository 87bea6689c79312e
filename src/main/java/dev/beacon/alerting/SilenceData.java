package dev.beacon.alerting;

import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;

import java.time.Instant;

/** An ad hoc silence as people enter it: exactly one of model, rule or tag, from {@code startsAt} to {@code endsAt}. */
public record SilenceData(ModelId model, RuleId rule, String tag, Instant startsAt, Instant endsAt, String reason) {

    public SilenceData {
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        reason = reason == null ? "" : reason.strip();
    }

    void check() {
        int matchers = (model != null ? 1 : 0) + (rule != null ? 1 : 0) + (tag != null ? 1 : 0);
        if (matchers != 1) {
            throw new InvalidInputException("model", "Silence exactly one model, one rule or one tag");
        }
        if (tag != null && tag.length() > 40) {
            throw new InvalidInputException("tag", "A tag has at most 40 characters");
        }
        if (startsAt == null || endsAt == null || !startsAt.isBefore(endsAt)) {
            throw new InvalidInputException("endsAt", "A silence ends after it starts");
        }
        if (reason.isEmpty() || reason.length() > 500) {
            throw new InvalidInputException("reason", "Say why, in 1-500 characters");
        }
    }
}
