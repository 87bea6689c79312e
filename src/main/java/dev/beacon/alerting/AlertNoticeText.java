package dev.beacon.alerting;

import dev.beacon.notification.Notice;
import dev.beacon.shared.ModelId;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The notice of an alert: title and body name the model, the rule, the value against the threshold with its unit,
 * since when, the runbook and the model's Alerts tab. The dedupe key is the rule, state and severity, so a flapping
 * alert does not send the same message again within the repeat interval. Every alert notice has the group key
 * {@value #GROUP} (a burst goes to a channel as one message) and routing facts: the alert's severity, also on its
 * resolved notice, and the model's tags.
 */
final class AlertNoticeText {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /**
     * What a notice says about one alert.
     *
     * @param modelTags the model's tags, for channels that route by tag
     */
    record Facts(ModelId model, String modelName, RuleId rule, String ruleSummary, AlertState state, Severity severity,
                 Double value, Double threshold, String unit, Instant since, String runbookUrl, boolean reminder,
                 Set<String> modelTags) {
    }

    /** One group for all of a team's alerts: a channel gets a burst of them as one message. */
    static final String GROUP = "alerts";

    private AlertNoticeText() {
    }

    static Notice of(Facts facts, Duration repeatInterval) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Model", facts.modelName());
        fields.put("Rule", facts.ruleSummary());
        fields.put("Value", format(facts.value(), facts.unit()));
        if (facts.threshold() != null) {
            fields.put("Threshold", format(facts.threshold(), facts.unit()));
        }
        fields.put(facts.state() == AlertState.RESOLVED ? "Resolved at" : "Since", readable(facts.since()));
        if (facts.runbookUrl() != null) {
            fields.put("Runbook", facts.runbookUrl());
        }
        String key = "alert " + facts.rule() + " " + facts.state() + (facts.severity() == null ? "" : " " + facts.severity());
        // a reminder is due by the evaluator's own count; the key's window only keeps transitions from flapping
        Duration dedupe = facts.reminder() ? Duration.ZERO : repeatInterval;
        return new Notice("alert", severity(facts), title(facts), body(facts, fields), "models/" + facts.model() + "?tab=alerts",
                fields, GROUP, key, dedupe, null).routing(routingSeverity(facts), facts.modelTags());
    }

    /** The alert's severity: a resolved alert is routed as the firing it ends, no data (without one) as a warning. */
    private static dev.beacon.notification.Severity routingSeverity(Facts facts) {
        return facts.severity() == Severity.CRITICAL ? dev.beacon.notification.Severity.CRITICAL
                : dev.beacon.notification.Severity.WARNING;
    }

    private static String title(Facts facts) {
        String what = switch (facts.state()) {
            case FIRING -> (facts.reminder() ? "Still firing " : "Firing ") + facts.severity().label().toLowerCase(Locale.ROOT);
            case NO_DATA -> "No data";
            case RESOLVED -> "Resolved";
            default -> facts.state().label();
        };
        return what + ": " + facts.modelName() + " — " + facts.ruleSummary();
    }

    private static String body(Facts facts, Map<String, String> fields) {
        String value = fields.get("Value");
        String comparison = switch (facts.state()) {
            case FIRING -> value + " against the " + facts.severity().label().toLowerCase(Locale.ROOT) + " threshold "
                    + fields.get("Threshold") + ", firing since " + readable(facts.since()) + ".";
            case NO_DATA -> "The rule's window has held no value since " + readable(facts.since()) + ".";
            case RESOLVED -> "Back within the threshold at " + value + " (" + readable(facts.since()) + ").";
            default -> value + ".";
        };
        String runbook = facts.runbookUrl() == null ? "" : "\nRunbook: " + facts.runbookUrl();
        return facts.modelName() + ": " + facts.ruleSummary() + ".\n" + comparison + runbook;
    }

    private static dev.beacon.notification.Severity severity(Facts facts) {
        return switch (facts.state()) {
            case RESOLVED -> dev.beacon.notification.Severity.RESOLVED;
            case FIRING -> facts.severity() == Severity.CRITICAL ? dev.beacon.notification.Severity.CRITICAL
                    : dev.beacon.notification.Severity.WARNING;
            default -> dev.beacon.notification.Severity.WARNING;
        };
    }

    /** One text goes to every recipient, whatever their zone: UTC, to the second, said so. */
    static String readable(Instant at) {
        return READABLE.format(at);
    }

    static String format(Double value, String unit) {
        if (value == null) {
            return "no data";
        }
        return String.format(Locale.ENGLISH, "%,.2f", value) + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }
}
