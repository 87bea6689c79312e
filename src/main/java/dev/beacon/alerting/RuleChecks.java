package dev.beacon.alerting;

import dev.beacon.registry.ModelEntry;
import dev.beacon.shared.InvalidInputException;

/**
 * The checks of a rule that span several fields or need the model; Bean Validation on {@link RuleData} checks
 * each field alone. Each failure names the field a form marks and the API reports.
 */
final class RuleChecks {

    private RuleChecks() {
    }

    /** Checks a normalized rule; {@code model} is null for a team default, which is checked per model when copied. */
    static void check(RuleData rule, ModelEntry model) {
        if (rule.warningThreshold() == null && rule.criticalThreshold() == null) {
            throw new InvalidInputException("warningThreshold", "Enter a warning or a critical threshold, or both");
        }
        requireFinite("warningThreshold", rule.warningThreshold());
        requireFinite("criticalThreshold", rule.criticalThreshold());
        if (rule.warningThreshold() != null && rule.criticalThreshold() != null
                && !rule.comparator().isMilder(rule.warningThreshold(), rule.criticalThreshold())) {
            throw new InvalidInputException("warningThreshold", rule.comparator() == ThresholdComparator.ABOVE
                    ? "The warning threshold must be below the critical one (the warning comes first)"
                    : "The warning threshold must be above the critical one (the warning comes first)");
        }
        if (rule.windowSeconds() % 60 != 0) {
            throw new InvalidInputException("windowSeconds", "The window must be whole minutes (the rollups are per minute)");
        }
        if (rule.metric() == AlertMetric.EVAL_SCORE && rule.scoreName() == null) {
            throw new InvalidInputException("scoreName", "Enter the score's name, e.g. accuracy");
        }
        if (rule.noData() == NoDataMode.ALERT && rule.noDataAfterSeconds() == null) {
            throw new InvalidInputException("noDataAfterSeconds", "Enter how long without data before alerting");
        }
        if (model != null) {
            rule.metric().unavailableFor(model).ifPresent(reason -> {
                throw new InvalidInputException("metric", reason);
            });
        }
    }

    private static void requireFinite(String field, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new InvalidInputException(field, "Enter a number");
        }
    }
}
