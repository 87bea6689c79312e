package dev.beacon.alerting;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.telemetry.FleetFilter;
import dev.beacon.telemetry.FleetModel;
import dev.beacon.telemetry.FleetService;
import dev.beacon.telemetry.FleetSort;
import dev.beacon.telemetry.ModelHealth;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Duration;
import java.util.List;

import static dev.beacon.jooq.Tables.ALERT_TRANSITION;
import static dev.beacon.jooq.Tables.REQUEST_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@RecordApplicationEvents
class AlertEvaluatorTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    FleetService fleet;
    @Autowired
    AlertEvaluator evaluator;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationEvents events;

    AlertTestData alerts;
    Team team;

    @BeforeEach
    void aTeam() {
        alerts = new AlertTestData(context);
        team = fixtures.team("alerting");
    }

    @Test
    void a_slow_model_goes_pending_then_fires_and_the_fleet_overview_shows_the_rules_verdict() {
        Model model = alerts.fleet.model(team, "slow", ModelRuntime.VLLM);
        Rule rule = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 60));
        alerts.latency(team, model, 5, 20, 3_000);

        alerts.nextCycle();
        assertThat(alerts.stateOf(rule).currentState()).isEqualTo(AlertState.PENDING);
        assertThat(healthOf(model)).isEqualTo(ModelHealth.GOOD);

        alerts.after(Duration.ofSeconds(60));
        RuleOverview firing = alerts.stateOf(rule);
        assertThat(firing.currentState()).isEqualTo(AlertState.FIRING);
        assertThat(firing.state().severity()).isEqualTo(Severity.WARNING);
        assertThat(firing.state().lastValue()).isBetween(3_000.0, 3_030.0);
        FleetModel shown = fleetModel(model);
        assertThat(shown.healthLevel()).isEqualTo(ModelHealth.WARNING);
        assertThat(shown.health().reason()).startsWith("Latency p95 3,0").endsWith("above 2,000 ms (warning)");

        List<AlertTransitioned> published = events.stream(AlertTransitioned.class)
                .filter(event -> event.rule().equals(rule.id())).toList();
        assertThat(published).extracting(AlertTransitioned::from, AlertTransitioned::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AlertState.OK, AlertState.PENDING),
                org.assertj.core.groups.Tuple.tuple(AlertState.PENDING, AlertState.FIRING));
        AlertTransitioned fired = published.getLast();
        assertThat(fired.team()).isEqualTo(team.id());
        assertThat(fired.modelName()).isEqualTo(model.data().name());
        assertThat(fired.threshold()).isEqualTo(2_000.0);
        assertThat(fired.unit()).isEqualTo("ms");
        assertThat(fired.ruleSummary()).isEqualTo("Latency p95 above 2,000 ms (warning), 5,000 ms (critical) over 5 min");
        assertThat(db.fetchCount(ALERT_TRANSITION, ALERT_TRANSITION.ALERT_RULE_ID.eq(rule.id()))).isEqualTo(2);
    }

    @Test
    void critical_latency_makes_the_model_critical_and_recovery_resolves_it() {
        Model model = alerts.fleet.model(team, "spiky", ModelRuntime.VLLM);
        Rule rule = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        alerts.latency(team, model, 3, 20, 8_000);

        alerts.nextCycle();
        assertThat(healthOf(model)).isEqualTo(ModelHealth.CRITICAL);

        // the slow minutes slide out of the 5-minute window
        alerts.after(Duration.ofMinutes(6));
        RuleOverview resolved = alerts.stateOf(rule);
        assertThat(resolved.currentState()).isEqualTo(AlertState.RESOLVED);
        alerts.nextCycle();
        assertThat(alerts.stateOf(rule).currentState()).isEqualTo(AlertState.OK);
        assertThat(healthOf(model)).as("no data in the window any more: unknown, not good")
                .isEqualTo(ModelHealth.UNKNOWN);
    }

    @Test
    void fewer_requests_than_the_minimum_count_as_no_data() {
        Model model = alerts.fleet.model(team, "quiet", ModelRuntime.VLLM);
        RuleData base = AlertTestData.latencyRule(2_000, 5_000, 0);
        Rule rule = alerts.rule(model, new RuleData(base.metric(), null, base.comparator(), base.warningThreshold(),
                base.criticalThreshold(), base.windowSeconds(), 0, 50, NoDataMode.OK, null, true, null, ""));
        alerts.latency(team, model, 2, 20, 9_000);

        alerts.nextCycle();
        RuleOverview overview = alerts.stateOf(rule);
        assertThat(overview.currentState()).isEqualTo(AlertState.OK);
        assertThat(overview.state().hasData()).isFalse();

        alerts.latency(team, model, 1, 20, 9_000);
        alerts.nextCycle();
        assertThat(alerts.stateOf(rule).currentState()).as("60 requests now").isEqualTo(AlertState.FIRING);
    }

    @Test
    void the_evaluator_reads_only_rollups_so_it_fires_after_the_raw_rows_are_gone() {
        Model model = alerts.fleet.model(team, "rolled-up", ModelRuntime.VLLM);
        Rule rule = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        alerts.latency(team, model, 3, 20, 6_000);
        assertThat(db.deleteFrom(REQUEST_EVENT).where(REQUEST_EVENT.MODEL_ID.eq(model.id())).execute()).isEqualTo(60);

        alerts.nextCycle();

        assertThat(alerts.stateOf(rule).state().severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void a_cycle_is_evaluated_once_however_often_it_is_run() {
        Model model = alerts.fleet.model(team, "once", ModelRuntime.VLLM);
        Rule rule = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        alerts.latency(team, model, 1, 20, 6_000);

        AlertEvaluator.Cycle first = alerts.nextCycle();
        AlertEvaluator.Cycle again = evaluator.runOnce();

        assertThat(first.evaluated()).isTrue();
        assertThat(again.evaluated()).isFalse();
        assertThat(again.start()).isEqualTo(first.start());
        assertThat(db.fetchCount(ALERT_TRANSITION, ALERT_TRANSITION.ALERT_RULE_ID.eq(rule.id()))).isEqualTo(1);
    }

    @Test
    void a_model_without_rules_keeps_the_interim_health_from_probes_and_error_rate() {
        Model failing = alerts.fleet.model(team, "no-rules", ModelRuntime.TGI);
        alerts.fleet.requests(team, failing, 1, 30, 15, 200);

        alerts.nextCycle();

        FleetModel shown = fleetModel(failing);
        assertThat(shown.healthLevel()).isEqualTo(ModelHealth.CRITICAL);
        assertThat(shown.health().reason()).isEqualTo("50 % of 30 requests failed in the last 15 minutes");
    }

    private ModelHealth healthOf(Model model) {
        return fleetModel(model).healthLevel();
    }

    private FleetModel fleetModel(Model model) {
        return fixtures.asAdmin(() -> fleet.overview(new FleetFilter(team.id(), null, null, null, null), FleetSort.HEALTH))
                .models().filter(shown -> shown.id().equals(model.id())).findFirst().orElseThrow();
    }
}
