package dev.beacon.alerting;

import dev.beacon.ExtraInstance;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.TelemetryTestData;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.RollupJob;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.beacon.jooq.Tables.ALERT_CYCLE;
import static dev.beacon.jooq.Tables.ALERT_STATE;
import static dev.beacon.jooq.Tables.ALERT_TRANSITION;
import static dev.beacon.jooq.Tables.MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two more Beacon instances with their schedules on share the test database and evaluate every rule: each cycle is
 * evaluated by exactly one of them (both take turns), each rule once per cycle, and each transition is stored once.
 * The instances run on the real clock, so the model's rollups are written for the real last minutes.
 */
@IntegrationTest
class AlertExactlyOnceTest {

    static final Duration INTERVAL = Duration.ofSeconds(1);

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    DSLContext db;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RollupJob rollups;

    @Test
    void two_instances_evaluate_each_cycle_once_and_store_each_transition_once() throws SQLException {
        AlertTestData alerts = new AlertTestData(context);
        Team team = fixtures.team("exactly-once");
        Model model = alerts.fleet.model(team, "shared", ModelRuntime.VLLM);
        slowForTheLastMinutes(model.id());
        Rule firesAtOnce = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        Rule pendsFirst = alerts.rule(model, AlertTestData.latencyRule(1_000, 10_000, 3));
        var paused = pauseMonitoringOfAllModels();
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try {
            instances.add(startInstance());
            instances.add(startInstance());
            List<String> names = instances.stream().map(instance -> instance.getBean(AlertEvaluator.class).instanceName()).toList();

            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                    IntStream.range(0, 2).allMatch(i -> cyclesBy(List.of(names.get(i))) >= 2) && cyclesBy(names) >= 6
                            && transitions(pendsFirst).contains("PENDING→FIRING"));
            instances.forEach(ConfigurableApplicationContext::close);

            for (Rule rule : List.of(firesAtOnce, pendsFirst)) {
                // one statement, so one snapshot: a cycle an instance was finishing while it closed counts on both sides or neither
                var counted = db.select(ALERT_STATE.EVALUATIONS,
                                DSL.field(DSL.selectCount().from(ALERT_CYCLE).where(ALERT_CYCLE.EVALUATED_BY.in(names))))
                        .from(ALERT_STATE).where(ALERT_STATE.ALERT_RULE_ID.eq(rule.id())).fetchOne();
                assertThat(counted.value1().longValue()).as("evaluations of a rule = cycles claimed").isEqualTo(counted.value2().longValue());
            }
            assertThat(transitions(firesAtOnce)).containsExactly("OK→FIRING");
            assertThat(transitions(pendsFirst)).containsExactly("OK→PENDING", "PENDING→FIRING");
        } finally {
            instances.forEach(ConfigurableApplicationContext::close);
            resumeMonitoring(paused);
        }
    }

    /** 20 requests of about 3 s in each of the last 5 real minutes, and the minute under way. */
    private void slowForTheLastMinutes(ModelId model) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        List<Instant> minutes = IntStream.rangeClosed(0, 5).mapToObj(ago -> now.minus(Duration.ofMinutes(ago))).toList();
        TelemetryTestData.minutes(ingestion, rollups, model, minutes, (minute, aggregate) -> {
            for (int i = 0; i < 20; i++) {
                aggregate.addRequest(3_000 + i, 300.0, 400, 120, null, 8192);
            }
        });
    }

    private int cyclesBy(List<String> names) {
        return db.fetchCount(ALERT_CYCLE, ALERT_CYCLE.EVALUATED_BY.in(names));
    }

    private List<String> transitions(Rule rule) {
        return db.select(ALERT_TRANSITION.FROM_STATE, ALERT_TRANSITION.TO_STATE).from(ALERT_TRANSITION)
                .where(ALERT_TRANSITION.ALERT_RULE_ID.eq(rule.id()))
                .orderBy(ALERT_TRANSITION.AT, ALERT_TRANSITION.ALERT_TRANSITION_ID)
                .fetch(row -> row.value1().name() + "→" + row.value2().name());
    }

    /** A Beacon instance with its schedules on, on the test context's database, evaluating every second. */
    private ConfigurableApplicationContext startInstance() throws SQLException {
        return ExtraInstance.start(dataSource, "--beacon.alerting.interval=" + INTERVAL.toMillis() + "ms",
                "--beacon.alerting.tick=100ms", "--beacon.alerting.initial-delay=0s");
    }

    /** The other tests' models are not probed or scraped while the instances run (their endpoints are made up). */
    private Map<ModelId, Record3<ModelId, Boolean, Boolean>> pauseMonitoringOfAllModels() {
        Map<ModelId, Record3<ModelId, Boolean, Boolean>> settings = db.select(MODEL.MODEL_ID, MODEL.SCRAPE_ENABLED, MODEL.PROBE_ENABLED)
                .from(MODEL).where(MODEL.SCRAPE_ENABLED.isTrue().or(MODEL.PROBE_ENABLED.isTrue())).fetchMap(MODEL.MODEL_ID);
        db.update(MODEL).set(MODEL.SCRAPE_ENABLED, false).set(MODEL.PROBE_ENABLED, false)
                .where(MODEL.MODEL_ID.in(settings.keySet())).execute();
        return settings;
    }

    private void resumeMonitoring(Map<ModelId, Record3<ModelId, Boolean, Boolean>> settings) {
        db.update(MODEL).set(MODEL.SCRAPE_ENABLED, true)
                .where(MODEL.MODEL_ID.in(settings.values().stream().filter(Record3::value2).map(Record3::value1).toList())).execute();
        db.update(MODEL).set(MODEL.PROBE_ENABLED, true)
                .where(MODEL.MODEL_ID.in(settings.values().stream().filter(Record3::value3).map(Record3::value1).toList())).execute();
    }
}
