package dev.beacon.alerting.api;

import dev.beacon.alerting.AlertMetric;
import dev.beacon.alerting.DefaultRuleData;
import dev.beacon.alerting.NoDataMode;
import dev.beacon.alerting.ThresholdComparator;
import dev.beacon.registry.ModelRuntime;
import io.swagger.v3.oas.annotations.media.Schema;

/** A team default in POST and PUT bodies: its name, which models it matches, and the rule's fields as for a model's rule. */
@Schema(description = "A team default rule")
record DefaultRuleRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "vLLM latency") String name,
        @Schema(description = "Only models on this runtime; leave out for any runtime") ModelRuntime matchRuntime,
        @Schema(description = "Only models with this tag; leave out for any tags") String matchTag,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) AlertMetric metric,
        String scoreName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ThresholdComparator comparator,
        @Schema(example = "2000") Double warningThreshold,
        @Schema(example = "5000") Double criticalThreshold,
        @Schema(description = "Defaults to 300") Integer windowSeconds,
        @Schema(description = "Defaults to 60") Integer pendingSeconds,
        @Schema(description = "Defaults to 0") Integer minRequests,
        @Schema(description = "Defaults to OK") NoDataMode noData,
        Integer noDataAfterSeconds,
        @Schema(description = "Defaults to true") Boolean enabled,
        String runbookUrl,
        String notes,
        @Schema(description = "Seconds between reminders while firing, 60–604800; null for Beacon's default") Integer repeatIntervalSeconds,
        @Schema(description = "The version you read; required when updating (optimistic locking)") Integer version) {

    DefaultRuleData toData() {
        RuleRequest rule = new RuleRequest(metric, scoreName, comparator, warningThreshold, criticalThreshold, windowSeconds,
                pendingSeconds, minRequests, noData, noDataAfterSeconds, enabled, runbookUrl, notes, repeatIntervalSeconds,
                version, null);
        return new DefaultRuleData(name, matchRuntime, matchTag, rule.toData());
    }
}
