package dev.beacon.alerting;

import dev.beacon.telemetry.ModelHealth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Turns a model's transitions into firing periods per rule, and those into its health timeline. */
final class FiringPeriods {

    private FiringPeriods() {
    }

    /**
     * @param transitions oldest first, each rule's last one before {@code from} included
     * @param metrics     each rule's metric (rules deleted since are left out)
     */
    static List<FiringPeriod> of(List<AlertTransition> transitions, Map<RuleId, AlertMetric> metrics, Instant from, Instant to) {
        List<FiringPeriod> periods = new ArrayList<>();
        Map<RuleId, FiringPeriod> open = new HashMap<>();
        for (AlertTransition transition : transitions) {
            AlertMetric metric = metrics.get(transition.rule());
            if (metric == null) {
                continue;
            }
            Instant at = transition.at().isBefore(from) ? from : transition.at();
            FiringPeriod current = open.remove(transition.rule());
            if (current != null) {
                periods.add(new FiringPeriod(current.rule(), metric, current.severity(), current.from(), at));
            }
            if (transition.to().isActive()) {
                Severity severity = transition.to() == AlertState.NO_DATA ? Severity.WARNING : transition.severity();
                open.put(transition.rule(), new FiringPeriod(transition.rule(), metric, severity, at, null));
            }
        }
        periods.addAll(open.values());
        periods.removeIf(period -> period.to() != null && !period.to().isAfter(period.from()));
        periods.sort(Comparator.comparing(FiringPeriod::from));
        return periods;
    }

    /** The worst severity over time: a new period wherever it changes; Good where no alert is active. */
    static List<HealthPeriod> timeline(List<FiringPeriod> periods, Instant from, Instant to) {
        TreeSet<Instant> edges = new TreeSet<>(List.of(from, to));
        for (FiringPeriod period : periods) {
            edges.add(period.from());
            edges.add(period.to() == null ? to : period.to());
        }
        List<HealthPeriod> timeline = new ArrayList<>();
        Instant start = null;
        for (Instant edge : edges) {
            if (start != null && edge.isAfter(start) && !edge.isAfter(to)) {
                ModelHealth health = worstAt(periods, start, to);
                HealthPeriod last = timeline.isEmpty() ? null : timeline.getLast();
                if (last != null && last.health() == health) {
                    timeline.set(timeline.size() - 1, new HealthPeriod(health, last.from(), edge));
                } else {
                    timeline.add(new HealthPeriod(health, start, edge));
                }
            }
            start = edge;
        }
        return timeline;
    }

    private static ModelHealth worstAt(List<FiringPeriod> periods, Instant at, Instant end) {
        ModelHealth worst = ModelHealth.GOOD;
        for (FiringPeriod period : periods) {
            Instant periodEnd = period.to() == null ? end : period.to();
            if (!at.isBefore(period.from()) && at.isBefore(periodEnd)) {
                if (period.severity() == Severity.CRITICAL) {
                    return ModelHealth.CRITICAL;
                }
                worst = ModelHealth.WARNING;
            }
        }
        return worst;
    }
}
