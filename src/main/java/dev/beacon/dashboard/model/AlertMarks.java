package dev.beacon.dashboard.model;

import dev.beacon.alerting.AlertMetric;
import dev.beacon.alerting.FiringPeriod;
import dev.beacon.alerting.RuleData;
import dev.beacon.alerting.Severity;
import dev.beacon.shared.ui.chart.ChartColor;
import dev.beacon.shared.ui.chart.MarkArea;
import dev.beacon.shared.ui.chart.MarkLine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The model's alerting drawn on the panels: each enabled rule's warning and critical thresholds as amber and red
 * lines on the series of its metric, and the periods its alerts were active as translucent bands (amber for a
 * warning, red for critical) on the panel of the rule's metric. Health-probe rules count failures, which the probe
 * panel (shares of probes) has no axis for: they get bands only.
 */
final class AlertMarks {

    static final AlertMarks NONE = new AlertMarks(List.of(), List.of(), Instant.EPOCH, Instant.EPOCH);

    private final List<RuleData> rules;
    private final List<FiringPeriod> firings;
    private final Instant from;
    private final Instant to;

    /** Bands are cut to the window [from, to]; an alert still active ends at {@code to}. */
    AlertMarks(List<RuleData> rules, List<FiringPeriod> firings, Instant from, Instant to) {
        this.rules = rules;
        this.firings = firings;
        this.from = from;
        this.to = to;
    }

    /** The threshold lines of the rules on these metrics (not eval scores), e.g. "Latency p95 warning 2,000 ms". */
    List<MarkLine.Item> thresholds(AlertMetric... metrics) {
        Set<AlertMetric> wanted = Set.of(metrics);
        return lines(rules.stream().filter(rule -> wanted.contains(rule.metric()) && rule.metric() != AlertMetric.EVAL_SCORE).toList());
    }

    /** The threshold lines of the rules on this evaluation score. */
    List<MarkLine.Item> scoreThresholds(String score) {
        return lines(rules.stream().filter(rule -> rule.metric() == AlertMetric.EVAL_SCORE && score.equals(rule.scoreName())).toList());
    }

    /** The bands of the alerts of rules on these metrics, or null when there are none in the window. */
    MarkArea bands(AlertMetric... metrics) {
        Set<AlertMetric> wanted = Set.of(metrics);
        List<List<MarkArea.Corner>> bands = new ArrayList<>();
        for (FiringPeriod period : firings) {
            Instant start = period.from().isBefore(from) ? from : period.from();
            Instant end = period.to() == null || period.to().isAfter(to) ? to : period.to();
            if (wanted.contains(period.metric()) && start.isBefore(end)) {
                bands.add(MarkArea.during(start, end, period.metric().label() + " " + period.severity().label().toLowerCase(),
                        color(period.severity())));
            }
        }
        return bands.isEmpty() ? null : MarkArea.of(bands);
    }

    /** The lines as one mark line, or null for none. */
    static MarkLine lineOf(List<MarkLine.Item> items) {
        return items.isEmpty() ? null : MarkLine.of(items);
    }

    static MarkLine.Item[] array(List<MarkLine.Item> items) {
        return items.toArray(MarkLine.Item[]::new);
    }

    private static List<MarkLine.Item> lines(List<RuleData> matching) {
        List<MarkLine.Item> items = new ArrayList<>();
        for (RuleData rule : matching) {
            String name = rule.metric() == AlertMetric.EVAL_SCORE ? rule.scoreName() : rule.metric().label();
            for (Severity severity : Severity.values()) {
                Double threshold = rule.threshold(severity);
                if (threshold != null) {
                    items.add(MarkLine.threshold(name + " " + severity.label().toLowerCase() + " " + rule.metric().format(threshold),
                            threshold, color(severity)));
                }
            }
        }
        return items;
    }

    private static ChartColor color(Severity severity) {
        return severity == Severity.CRITICAL ? ChartColor.ERROR : ChartColor.WARNING;
    }
}
