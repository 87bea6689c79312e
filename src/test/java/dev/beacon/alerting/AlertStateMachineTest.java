package dev.beacon.alerting;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AlertStateMachineTest {

    static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    /** p95 above 2,000 ms warns, above 5,000 ms is critical; 60 s pending. */
    static RuleData rule(int pendingSeconds, NoDataMode noData, Integer noDataAfter) {
        return new RuleData(AlertMetric.LATENCY_P95, null, ThresholdComparator.ABOVE, 2_000.0, 5_000.0, 300, pendingSeconds, 0,
                noData, noDataAfter, true, null, "");
    }

    static final RuleData RULE = rule(60, NoDataMode.OK, null);

    RuleState state = RuleState.initial(T0);
    AlertStateMachine.Step last;

    AlertStateMachine.Step at(int seconds, Double value) {
        return at(RULE, seconds, value);
    }

    AlertStateMachine.Step at(RuleData rule, int seconds, Double value) {
        last = AlertStateMachine.evaluate(rule, state, value, T0.plusSeconds(seconds));
        state = last.next();
        return last;
    }

    @Test
    void a_breach_waits_out_the_pending_period_before_firing() {
        assertThat(at(0, 1_000.0).change()).isEmpty();
        var pending = at(15, 2_500.0).change().orElseThrow();
        assertThat(pending).isEqualTo(new AlertStateMachine.Change(AlertState.OK, AlertState.PENDING, Severity.WARNING, 2_500.0, 2_000.0));
        assertThat(state.pendingSince()).isEqualTo(T0.plusSeconds(15));

        assertThat(at(30, 2_600.0).change()).as("still within the pending period").isEmpty();
        assertThat(state.state()).isEqualTo(AlertState.PENDING);
        assertThat(state.since()).isEqualTo(T0.plusSeconds(15));

        var firing = at(75, 2_700.0).change().orElseThrow();
        assertThat(firing).isEqualTo(new AlertStateMachine.Change(AlertState.PENDING, AlertState.FIRING, Severity.WARNING, 2_700.0, 2_000.0));
        assertThat(state.since()).isEqualTo(T0.plusSeconds(75));
    }

    @Test
    void a_breach_that_ends_within_the_pending_period_never_fires() {
        at(0, 3_000.0);
        var back = at(30, 1_000.0).change().orElseThrow();
        assertThat(back.from()).isEqualTo(AlertState.PENDING);
        assertThat(back.to()).isEqualTo(AlertState.OK);
        assertThat(at(90, 1_000.0).change()).isEmpty();
    }

    @Test
    void without_a_pending_period_a_breach_fires_at_once() {
        RuleData instant = rule(0, NoDataMode.OK, null);
        var change = at(instant, 0, 6_000.0).change().orElseThrow();
        assertThat(change.to()).isEqualTo(AlertState.FIRING);
        assertThat(change.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(change.threshold()).isEqualTo(5_000.0);
    }

    @Test
    void a_firing_alert_escalates_and_de_escalates_between_severities() {
        at(0, 2_500.0);
        at(60, 2_500.0);
        assertThat(state.severity()).isEqualTo(Severity.WARNING);

        var escalation = at(75, 5_500.0).change().orElseThrow();
        assertThat(escalation).isEqualTo(new AlertStateMachine.Change(AlertState.FIRING, AlertState.FIRING, Severity.CRITICAL, 5_500.0, 5_000.0));
        assertThat(at(90, 6_000.0).change()).as("still critical: nothing to record").isEmpty();

        var deEscalation = at(105, 3_000.0).change().orElseThrow();
        assertThat(deEscalation.severity()).isEqualTo(Severity.WARNING);
        assertThat(deEscalation.threshold()).isEqualTo(2_000.0);
    }

    @Test
    void a_firing_alert_resolves_and_then_returns_to_ok() {
        at(0, 6_000.0);
        at(60, 6_000.0);
        var resolved = at(75, 1_500.0).change().orElseThrow();
        assertThat(resolved).isEqualTo(new AlertStateMachine.Change(AlertState.FIRING, AlertState.RESOLVED, Severity.CRITICAL, 1_500.0, 5_000.0));
        var ok = at(90, 1_500.0).change().orElseThrow();
        assertThat(ok.from()).isEqualTo(AlertState.RESOLVED);
        assertThat(ok.to()).isEqualTo(AlertState.OK);
        assertThat(state.severity()).isNull();
    }

    @Test
    void a_resolved_alert_that_breaches_again_starts_pending_again() {
        at(0, 6_000.0);
        at(60, 6_000.0);
        at(75, 1_000.0);
        var again = at(90, 2_100.0).change().orElseThrow();
        assertThat(again.from()).isEqualTo(AlertState.RESOLVED);
        assertThat(again.to()).isEqualTo(AlertState.PENDING);
    }

    @Test
    void a_value_on_the_threshold_is_fine_and_below_rules_alert_under_it() {
        assertThat(at(0, 2_000.0).change()).isEmpty();
        RuleData accuracy = new RuleData(AlertMetric.EVAL_SCORE, "accuracy", ThresholdComparator.BELOW, 0.8, 0.6, 600, 0, 0,
                NoDataMode.OK, null, true, null, "");
        assertThat(at(accuracy, 15, 0.7).change().orElseThrow().severity()).isEqualTo(Severity.WARNING);
        assertThat(at(accuracy, 30, 0.5).change().orElseThrow().severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void no_data_treated_as_ok_resolves_a_firing_alert() {
        at(0, 6_000.0);
        at(60, 6_000.0);
        var resolved = at(75, null).change().orElseThrow();
        assertThat(resolved.to()).isEqualTo(AlertState.RESOLVED);
        assertThat(resolved.observedValue()).isNull();
        assertThat(state.hasData()).isFalse();
    }

    @Test
    void no_data_with_keep_last_keeps_a_firing_alert_firing() {
        RuleData keep = rule(0, NoDataMode.KEEP_LAST, null);
        at(keep, 0, 6_000.0);
        assertThat(at(keep, 15, null).change()).isEmpty();
        assertThat(at(keep, 3_600, null).change()).isEmpty();
        assertThat(state.state()).isEqualTo(AlertState.FIRING);
        assertThat(state.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(state.hasData()).isFalse();
        assertThat(state.noDataSince()).isEqualTo(T0.plusSeconds(15));
    }

    @Test
    void no_data_with_alert_goes_to_no_data_only_after_its_duration_and_resolves_when_data_returns() {
        RuleData alert = rule(0, NoDataMode.ALERT, 600);
        at(alert, 0, 1_000.0);
        assertThat(at(alert, 15, null).change()).isEmpty();
        assertThat(at(alert, 600, null).change()).as("9 min 45 s without data").isEmpty();
        var noData = at(alert, 615, null).change().orElseThrow();
        assertThat(noData.from()).isEqualTo(AlertState.OK);
        assertThat(noData.to()).isEqualTo(AlertState.NO_DATA);
        assertThat(at(alert, 630, null).change()).as("recorded once").isEmpty();

        var back = at(alert, 645, 1_000.0).change().orElseThrow();
        assertThat(back.from()).isEqualTo(AlertState.NO_DATA);
        assertThat(back.to()).isEqualTo(AlertState.RESOLVED);
        assertThat(state.noDataSince()).isNull();
    }

    @Test
    void a_disabled_rule_resolves_its_alert_and_stays_ok() {
        at(0, 6_000.0);
        at(60, 6_000.0);
        RuleData off = RULE.withEnabled(false);
        assertThat(at(off, 75, null).change().orElseThrow().to()).isEqualTo(AlertState.RESOLVED);
        assertThat(at(off, 90, null).change().orElseThrow().to()).isEqualTo(AlertState.OK);
        assertThat(at(off, 105, null).change()).isEmpty();
    }

    @Test
    void the_rule_summary_says_metric_thresholds_and_window() {
        assertThat(RULE.summary()).isEqualTo("Latency p95 above 2,000 ms (warning), 5,000 ms (critical) over 5 min");
        assertThat(Durations.describe(Duration.ofSeconds(90))).isEqualTo("90 s");
    }
}
