package dev.beacon.maintenance;

import dev.beacon.alerting.Severity;

import java.time.Instant;
import java.util.Locale;

/** What an incident ticket opened from an alert says: its title, description and the "fired again" comment. */
final class AlertTicketText {

    private AlertTicketText() {
    }

    /** "Critical: Latency p95 above 2,000 ms (warning), 5,000 ms (critical) over 5 min on llama-3", at most 200 characters. */
    static String title(Severity severity, String ruleSummary, String modelName) {
        String title = (severity == null ? "Alert" : severity.label()) + ": " + ruleSummary + " on " + modelName;
        return title.length() <= TicketData.MAX_TITLE ? title : title.substring(0, TicketData.MAX_TITLE - 1) + "…";
    }

    static String description(String ruleSummary, Severity severity, Double value, Double threshold, String unit,
                              Instant since, String alertPath) {
        return "Alert rule: " + ruleSummary + "\n"
                + "Firing" + (severity == null ? "" : " (" + severity.label() + ")") + " since " + since + "\n"
                + "Value: " + amount(value, unit) + (threshold == null ? "" : " (threshold " + amount(threshold, unit) + ")") + "\n"
                + "Alert: " + alertPath;
    }

    static String firedAgain(Severity severity, Double value, Double threshold, String unit, Instant at) {
        return "Fired again" + (severity == null ? "" : " (" + severity.label() + ")") + " at " + at + ": "
                + amount(value, unit) + (threshold == null ? "" : " (threshold " + amount(threshold, unit) + ")");
    }

    /** The Alerts tab of the model's page. */
    static String alertPath(Object model) {
        return "models/" + model + "?tab=alerts";
    }

    private static String amount(Double value, String unit) {
        if (value == null) {
            return "no data";
        }
        return String.format(Locale.ENGLISH, "%,.2f", value) + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }
}
