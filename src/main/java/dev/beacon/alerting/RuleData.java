package dev.beacon.alerting;

import dev.beacon.registry.HttpUrl;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Duration;

/**
 * Everything a team says about one threshold rule. Rules that need more than one field to check (at least one
 * threshold, the warning milder than the critical one, a score name for scores…) are checked by
 * {@link RuleChecks}.
 *
 * @param scoreName          the evaluation score, e.g. {@code accuracy}; only for {@link AlertMetric#EVAL_SCORE}
 * @param warningThreshold   null for no warning tier
 * @param criticalThreshold  null for no critical tier
 * @param windowSeconds      the window each evaluation looks back over, whole minutes
 * @param pendingSeconds     how long the threshold must be breached before the alert fires
 * @param minRequests        fewer requests in the window count as no data (metrics computed from requests only)
 * @param noDataAfterSeconds with {@link NoDataMode#ALERT}: how long without data before NO_DATA
 * @param repeatIntervalSeconds while the alert keeps firing unacknowledged, how often the team is reminded; null takes
 *                           {@code beacon.alerting.repeat-interval}
 */
public record RuleData(
        @NotNull(message = "Choose a metric") AlertMetric metric,
        @Size(max = 100, message = "Use at most {max} characters") String scoreName,
        @NotNull(message = "Choose above or below") ThresholdComparator comparator,
        Double warningThreshold,
        Double criticalThreshold,
        @NotNull(message = "Enter the evaluation window")
        @Min(value = 60, message = "The window must be at least 1 minute")
        @Max(value = 86_400, message = "The window must be at most 24 hours") Integer windowSeconds,
        @NotNull(message = "Enter the pending period (0 fires at once)")
        @Min(value = 0, message = "The pending period cannot be negative")
        @Max(value = 86_400, message = "The pending period must be at most 24 hours") Integer pendingSeconds,
        @NotNull(message = "Enter the minimum number of requests (0 for none)")
        @Min(value = 0, message = "Cannot be negative")
        @Max(value = 1_000_000, message = "Must be at most 1,000,000") Integer minRequests,
        @NotNull(message = "Choose what happens without data") NoDataMode noData,
        @Min(value = 60, message = "Must be at least 1 minute")
        @Max(value = 86_400, message = "Must be at most 24 hours") Integer noDataAfterSeconds,
        boolean enabled,
        @Size(max = 500, message = "Use at most {max} characters")
        @HttpUrl(message = "Enter an http:// or https:// URL, or leave it empty") String runbookUrl,
        @Size(max = 2000, message = "Use at most {max} characters") String notes,
        @Min(value = 60, message = "Repeat at most every minute")
        @Max(value = 604_800, message = "Repeat at least every 7 days") Integer repeatIntervalSeconds) {

    /** A rule that is reminded as often as {@code beacon.alerting.repeat-interval} says. */
    public RuleData(AlertMetric metric, String scoreName, ThresholdComparator comparator, Double warningThreshold,
                    Double criticalThreshold, Integer windowSeconds, Integer pendingSeconds, Integer minRequests,
                    NoDataMode noData, Integer noDataAfterSeconds, boolean enabled, String runbookUrl, String notes) {
        this(metric, scoreName, comparator, warningThreshold, criticalThreshold, windowSeconds, pendingSeconds, minRequests,
                noData, noDataAfterSeconds, enabled, runbookUrl, notes, null);
    }

    /** A new rule's starting point in forms: p95 latency above 2 s (warning) / 5 s (critical) over 5 minutes. */
    public static RuleData suggestion() {
        return new RuleData(AlertMetric.LATENCY_P95, null, ThresholdComparator.ABOVE, 2_000.0, 5_000.0, 300, 60, 10,
                NoDataMode.OK, null, true, null, "");
    }

    public Duration window() {
        return Duration.ofSeconds(windowSeconds);
    }

    public Duration pending() {
        return Duration.ofSeconds(pendingSeconds);
    }

    /** How often a firing alert is reminded; null when the configured default applies. */
    public Duration repeatInterval() {
        return repeatIntervalSeconds == null ? null : Duration.ofSeconds(repeatIntervalSeconds);
    }

    public Duration noDataAfter() {
        return noDataAfterSeconds == null ? Duration.ZERO : Duration.ofSeconds(noDataAfterSeconds);
    }

    /** The severity a value calls for, or null when it breaches no threshold. */
    public Severity levelOf(double value) {
        if (criticalThreshold != null && comparator.breaches(value, criticalThreshold)) {
            return Severity.CRITICAL;
        }
        if (warningThreshold != null && comparator.breaches(value, warningThreshold)) {
            return Severity.WARNING;
        }
        return null;
    }

    /** The threshold of a severity, or null. */
    public Double threshold(Severity severity) {
        if (severity == null) {
            return null;
        }
        return severity == Severity.CRITICAL ? criticalThreshold : warningThreshold;
    }

    /** The rule in words, e.g. "Latency p95 above 2,000 ms (warning), 5,000 ms (critical) over 5 min". */
    public String summary() {
        StringBuilder text = new StringBuilder(metric == AlertMetric.EVAL_SCORE ? "Score " + scoreName : metric.label())
                .append(' ').append(comparator.label()).append(' ');
        if (warningThreshold != null) {
            text.append(metric.format(warningThreshold)).append(" (warning)");
        }
        if (criticalThreshold != null) {
            text.append(warningThreshold != null ? ", " : "").append(metric.format(criticalThreshold)).append(" (critical)");
        }
        return text.append(" over ").append(Durations.describe(window())).toString();
    }

    /** Trims text, empties a blank runbook URL, drops fields the metric or no-data mode does not use. */
    public RuleData normalized() {
        String score = metric == AlertMetric.EVAL_SCORE && scoreName != null && !scoreName.isBlank() ? scoreName.strip() : null;
        Integer after = noData == NoDataMode.ALERT ? noDataAfterSeconds : null;
        String url = runbookUrl == null || runbookUrl.isBlank() ? null : runbookUrl.strip();
        return new RuleData(metric, score, comparator, warningThreshold, criticalThreshold, windowSeconds, pendingSeconds,
                minRequests, noData, after, enabled, url, notes == null ? "" : notes.strip(), repeatIntervalSeconds);
    }

    public RuleData withEnabled(boolean on) {
        return new RuleData(metric, scoreName, comparator, warningThreshold, criticalThreshold, windowSeconds, pendingSeconds,
                minRequests, noData, noDataAfterSeconds, on, runbookUrl, notes, repeatIntervalSeconds);
    }
}
