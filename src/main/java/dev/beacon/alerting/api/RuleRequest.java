package dev.beacon.alerting.api;

import dev.beacon.alerting.AlertMetric;
import dev.beacon.alerting.NoDataMode;
import dev.beacon.alerting.RuleData;
import dev.beacon.alerting.ThresholdComparator;
import io.swagger.v3.oas.annotations.media.Schema;

/** A rule in POST and PUT bodies and in exported JSON; the field rules are alerting's (see the error "errors"). */
@Schema(description = "A threshold rule")
record RuleRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) AlertMetric metric,
        @Schema(description = "The evaluation score, e.g. accuracy; only for EVAL_SCORE") String scoreName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ThresholdComparator comparator,
        @Schema(description = "In the metric's unit (ms, %, requests…); at least one of the two thresholds", example = "2000")
        Double warningThreshold,
        @Schema(description = "Must be harsher than the warning threshold", example = "5000") Double criticalThreshold,
        @Schema(description = "Whole minutes, 60–86400; defaults to 300", example = "300") Integer windowSeconds,
        @Schema(description = "How long a breach lasts before the alert fires, 0–86400; defaults to 60", example = "60") Integer pendingSeconds,
        @Schema(description = "Fewer requests in the window count as no data; defaults to 0") Integer minRequests,
        @Schema(description = "Defaults to OK") NoDataMode noData,
        @Schema(description = "With noData ALERT: seconds without data before NO_DATA") Integer noDataAfterSeconds,
        @Schema(description = "Defaults to true") Boolean enabled,
        String runbookUrl,
        String notes,
        @Schema(description = "While the alert keeps firing unacknowledged, remind every this many seconds, 60–604800; "
                + "null for Beacon's default (beacon.alerting.repeat-interval)", example = "3600") Integer repeatIntervalSeconds,
        @Schema(description = "The version you read; required when updating (optimistic locking)") Integer version,
        @Schema(description = "Open an incident ticket when the rule fires CRITICAL; false when creating without it, "
                + "unchanged when updating without it") Boolean openTicketOnCritical) {

    RuleData toData() {
        return new RuleData(metric, scoreName, comparator, warningThreshold, criticalThreshold,
                windowSeconds == null ? 300 : windowSeconds, pendingSeconds == null ? 60 : pendingSeconds,
                minRequests == null ? 0 : minRequests, noData == null ? NoDataMode.OK : noData, noDataAfterSeconds,
                enabled == null || enabled, runbookUrl, notes == null ? "" : notes, repeatIntervalSeconds);
    }

    static RuleRequest of(RuleData data) {
        return new RuleRequest(data.metric(), data.scoreName(), data.comparator(), data.warningThreshold(),
                data.criticalThreshold(), data.windowSeconds(), data.pendingSeconds(), data.minRequests(), data.noData(),
                data.noDataAfterSeconds(), data.enabled(), data.runbookUrl(), data.notes(), data.repeatIntervalSeconds(), null, null);
    }
}
