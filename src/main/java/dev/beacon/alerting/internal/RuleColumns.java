package dev.beacon.alerting.internal;

import dev.beacon.alerting.RuleData;
import dev.beacon.jooq.tables.records.AlertRuleRecord;
import org.jooq.Record;

import static dev.beacon.jooq.Tables.ALERT_DEFAULT;
import static dev.beacon.jooq.Tables.ALERT_RULE;

/** The columns that hold {@link RuleData}; only these are marked changed, so only these are written. */
final class RuleColumns {

    private RuleColumns() {
    }

    static AlertRuleRecord ruleColumns(RuleData data) {
        return new AlertRuleRecord()
                .setMetric(data.metric())
                .setScoreName(data.scoreName())
                .setComparator(data.comparator())
                .setWarningThreshold(data.warningThreshold())
                .setCriticalThreshold(data.criticalThreshold())
                .setWindowSeconds(data.windowSeconds())
                .setPendingSeconds(data.pendingSeconds())
                .setMinRequests(data.minRequests())
                .setNoData(data.noData())
                .setNoDataAfterSeconds(data.noDataAfterSeconds())
                .setEnabled(data.enabled())
                .setRunbookUrl(data.runbookUrl())
                .setNotes(data.notes())
                .setRepeatIntervalSeconds(data.repeatIntervalSeconds());
    }

    static RuleData ruleData(Record row) {
        return new RuleData(row.get(ALERT_RULE.METRIC), row.get(ALERT_RULE.SCORE_NAME), row.get(ALERT_RULE.COMPARATOR),
                row.get(ALERT_RULE.WARNING_THRESHOLD), row.get(ALERT_RULE.CRITICAL_THRESHOLD), row.get(ALERT_RULE.WINDOW_SECONDS),
                row.get(ALERT_RULE.PENDING_SECONDS), row.get(ALERT_RULE.MIN_REQUESTS), row.get(ALERT_RULE.NO_DATA),
                row.get(ALERT_RULE.NO_DATA_AFTER_SECONDS), row.get(ALERT_RULE.ENABLED), row.get(ALERT_RULE.RUNBOOK_URL),
                row.get(ALERT_RULE.NOTES), row.get(ALERT_RULE.REPEAT_INTERVAL_SECONDS));
    }

    static RuleData defaultRuleData(Record row) {
        return new RuleData(row.get(ALERT_DEFAULT.METRIC), row.get(ALERT_DEFAULT.SCORE_NAME), row.get(ALERT_DEFAULT.COMPARATOR),
                row.get(ALERT_DEFAULT.WARNING_THRESHOLD), row.get(ALERT_DEFAULT.CRITICAL_THRESHOLD),
                row.get(ALERT_DEFAULT.WINDOW_SECONDS), row.get(ALERT_DEFAULT.PENDING_SECONDS), row.get(ALERT_DEFAULT.MIN_REQUESTS),
                row.get(ALERT_DEFAULT.NO_DATA), row.get(ALERT_DEFAULT.NO_DATA_AFTER_SECONDS), row.get(ALERT_DEFAULT.ENABLED),
                row.get(ALERT_DEFAULT.RUNBOOK_URL), row.get(ALERT_DEFAULT.NOTES), row.get(ALERT_DEFAULT.REPEAT_INTERVAL_SECONDS));
    }
}
