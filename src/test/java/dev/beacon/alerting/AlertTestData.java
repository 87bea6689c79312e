package dev.beacon.alerting;

import dev.beacon.MutableClock;
import dev.beacon.notification.delivery.DeliveryDispatcher;
import dev.beacon.notification.delivery.NotificationProperties;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.telemetry.FleetData;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.Instant;

import static dev.beacon.jooq.Tables.ALERT_NOTICE;
import static dev.beacon.jooq.Tables.NOTICE;
import static org.awaitility.Awaitility.await;

/**
 * Rules and evaluation cycles for alerting tests: rules created through the real service as the admin, telemetry
 * through the real ingestion and rollup paths ({@link FleetData}), cycles run by the real evaluator with the test
 * clock moved to the next cycle first (a cycle is evaluated once).
 */
public final class AlertTestData {

    private final TestFixtures fixtures;
    private final AlertRuleService rules;
    private final AlertEvaluator evaluator;
    private final AlertingProperties properties;
    private final MutableClock clock;
    private final NotificationProperties notification;
    private final DeliveryDispatcher dispatcher;
    private final DSLContext db;
    public final FleetData fleet;

    public AlertTestData(ApplicationContext context) {
        this.fixtures = context.getBean(TestFixtures.class);
        this.rules = context.getBean(AlertRuleService.class);
        this.evaluator = context.getBean(AlertEvaluator.class);
        this.properties = context.getBean(AlertingProperties.class);
        this.clock = context.getBean(MutableClock.class);
        this.notification = context.getBean(NotificationProperties.class);
        this.dispatcher = context.getBean(DeliveryDispatcher.class);
        this.db = context.getBean(DSLContext.class);
        this.fleet = new FleetData(context);
    }

    /** p95 latency above {@code warning} / {@code critical} ms over 5 minutes, with this pending period. */
    public static RuleData latencyRule(double warning, double critical, int pendingSeconds) {
        return new RuleData(AlertMetric.LATENCY_P95, null, ThresholdComparator.ABOVE, warning, critical, 300, pendingSeconds, 0,
                NoDataMode.OK, null, true, null, "");
    }

    public Rule rule(Model model, RuleData data) {
        return fixtures.asAdmin(() -> rules.create(model.id(), data));
    }

    /** {@code count} requests of about {@code latencyMs} in each of the last {@code minutes} whole minutes. */
    public void latency(Team team, Model model, int minutes, int count, double latencyMs) {
        for (int ago = 1; ago <= minutes; ago++) {
            fleet.requests(team, model, ago, count, 0, latencyMs);
        }
    }

    /** Moves the test clock into the next evaluation cycle and runs it. */
    public AlertEvaluator.Cycle nextCycle() {
        return after(properties.interval());
    }

    /** Moves the test clock forward by at least {@code wait}, to the start of a cycle, and runs that cycle. */
    public AlertEvaluator.Cycle after(Duration wait) {
        long interval = properties.interval().toMillis();
        Instant target = clock.instant().plus(wait);
        Instant cycleStart = Instant.ofEpochMilli(Math.floorDiv(target.toEpochMilli(), interval) * interval);
        if (cycleStart.isBefore(target)) {
            cycleStart = cycleStart.plusMillis(interval);
        }
        clock.advance(Duration.between(clock.instant(), cycleStart).plusMillis(1));
        return evaluator.runOnce();
    }

    /**
     * Once every alert notice is through the outbox (its deliveries stored), moves the test clock past the group wait
     * and sends what waited for it (alert notices to e-mail and webhook channels).
     */
    public void sendGroupedNotices() {
        await().atMost(Duration.ofSeconds(20)).until(() -> !db.fetchExists(db.selectOne().from(ALERT_NOTICE)
                .where(ALERT_NOTICE.NOTICE_ID.isNotNull(), DSL.notExists(db.selectOne().from(NOTICE)
                        .where(NOTICE.NOTICE_ID.eq(ALERT_NOTICE.NOTICE_ID))))));
        clock.advance(notification.groupWait().plusMillis(1));
        dispatcher.deliverDue();
    }

    public RuleOverview stateOf(Rule rule) {
        return fixtures.asAdmin(() -> rules.rulesOf(rule.model())).stream()
                .filter(overview -> overview.rule().id().equals(rule.id())).findFirst().orElseThrow();
    }
}
