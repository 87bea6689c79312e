package dev.beacon.alerting;

import dev.beacon.telemetry.HealthVerdict;
import dev.beacon.telemetry.ModelHealth;

import java.util.Comparator;
import java.util.List;

/**
 * A model's health from its enabled rules: the worst active alert decides — Critical when a rule fires critical,
 * Warning when one fires a warning or has been without data for longer than it allows (NO_DATA); otherwise Good
 * when at least one rule found data in its latest evaluation, and Unknown when none did.
 */
final class RuleHealth {

    private RuleHealth() {
    }

    static HealthVerdict verdict(List<RuleOverview> rules) {
        List<RuleOverview> active = rules.stream()
                .filter(rule -> rule.currentState().isActive())
                .sorted(Comparator.comparing(RuleHealth::rank))
                .toList();
        if (!active.isEmpty()) {
            RuleOverview worst = active.getFirst();
            String more = active.size() > 1 ? " (and " + (active.size() - 1) + " more alert" + (active.size() > 2 ? "s" : "") + ")" : "";
            ModelHealth health = rank(worst) == 0 ? ModelHealth.CRITICAL : ModelHealth.WARNING;
            return new HealthVerdict(health, describe(worst) + more);
        }
        long withData = rules.stream().filter(rule -> rule.state() != null && rule.state().hasData()).count();
        if (withData > 0) {
            return new HealthVerdict(ModelHealth.GOOD, rules.size() == 1 ? "Its alert rule is OK"
                    : "All " + rules.size() + " alert rules are OK");
        }
        return new HealthVerdict(ModelHealth.UNKNOWN, rules.size() == 1 ? "Its alert rule has no data"
                : "None of its " + rules.size() + " alert rules has data");
    }

    /** 0 critical, 1 warning, 2 no data. */
    private static int rank(RuleOverview rule) {
        if (rule.currentState() == AlertState.NO_DATA) {
            return 2;
        }
        return rule.state().severity() == Severity.CRITICAL ? 0 : 1;
    }

    /** E.g. "Latency p95 6,100 ms above 5,000 ms (critical)". */
    static String describe(RuleOverview overview) {
        RuleData data = overview.rule().data();
        String metric = data.metric() == AlertMetric.EVAL_SCORE ? "Score " + data.scoreName() : data.metric().label();
        RuleState state = overview.state();
        if (state.state() == AlertState.NO_DATA) {
            return metric + ": no data for over " + Durations.describe(data.noDataAfter());
        }
        Double threshold = data.threshold(state.severity());
        String value = state.lastValue() == null ? "no value" : data.metric().format(state.lastValue());
        return metric + " " + value + " " + data.comparator().label() + " "
                + (threshold == null ? "" : data.metric().format(threshold) + " ") + "(" + state.severity().label().toLowerCase() + ")";
    }
}
