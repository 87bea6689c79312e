package dev.beacon.telemetry.jobs;

import dev.beacon.ExtraInstance;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.FakeModelServer;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.beacon.jooq.Tables.MODEL;
import static dev.beacon.jooq.Tables.SHEDLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two more Beacon instances, with their schedules on, share the test database and scrape one model server:
 * each target is scraped once per interval, whichever instance does it, and both instances take turns. The
 * server records when each scrape arrived and whose lock (ShedLock's locked_by, locked_at) it came under.
 */
@IntegrationTest
class MonitoringScheduleTest {

    static final int INTERVAL_SECONDS = 5;
    /** ShedLock holds each target's lock at least this long (by the database's clock). */
    static final Duration LOCKED_AT_LEAST = Duration.ofSeconds(INTERVAL_SECONDS).minus(MonitoringSchedule.MARGIN);
    /** Requests also travel: from lock to arrival takes a few milliseconds, on a busy machine some more. */
    static final Duration SHORTEST_GAP = LOCKED_AT_LEAST.minusMillis(500);

    @Autowired
    TestFixtures fixtures;
    @Autowired
    DataSource dataSource;
    @Autowired
    DSLContext db;

    @Test
    void two_instances_scrape_each_target_once_per_interval_and_both_take_turns() throws SQLException {
        var paused = pauseMonitoringOfAllModels();
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try (FakeModelServer server = FakeModelServer.start()) {
            instances.add(startInstance());
            instances.add(startInstance());
            server.answerText("/metrics", "vllm:num_requests_waiting{model_name=\"m\",engine=\"0\"} 1\n")
                    .recording(exchange -> currentScrapeLock());
            register(server.url());

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
                int scraped = server.arrivals("/metrics").size();
                return scraped >= 6 && holders(server).size() >= 2 || scraped >= 20;
            });
            instances.forEach(ConfigurableApplicationContext::close);

            List<FakeModelServer.Arrival> scrapes = server.arrivals("/metrics");
            for (int i = 1; i < scrapes.size(); i++) {
                FakeModelServer.Arrival before = scrapes.get(i - 1);
                FakeModelServer.Arrival after = scrapes.get(i);
                assertThat(Duration.between(before.at(), after.at())).as("gap before scrape %d of %d", i + 1, scrapes.size())
                        .isGreaterThanOrEqualTo(SHORTEST_GAP);
                assertThat(Duration.between(lockedAt(before), lockedAt(after))).as("time between the locks of scrapes %d and %d", i, i + 1)
                        .isGreaterThanOrEqualTo(LOCKED_AT_LEAST);
            }
            assertThat(holders(server)).hasSize(2);
        } finally {
            instances.forEach(ConfigurableApplicationContext::close);
            resumeMonitoring(paused);
        }
    }

    private Model register(String endpoint) {
        ModelData data = TestFixtures.modelData(TestFixtures.unique("shared"));
        return fixtures.registerAsAdmin(fixtures.team("instances"), new ModelData(data.name(), data.description(),
                ModelRuntime.VLLM, endpoint, "m", data.versionLabel(), data.contextWindow(), data.defaultTemperature(),
                data.maxOutputTokens(), data.tags(), data.status(),
                new ModelMonitoring(true, null, INTERVAL_SECONDS, 2, false, 30, 5)));
    }

    /**
     * The lock the request is served under (the only model monitored is this test's): which instance
     * scrapes, and since when by the database's clock.
     */
    private Map<String, List<String>> currentScrapeLock() {
        var lock = db.select(SHEDLOCK.LOCKED_BY, SHEDLOCK.LOCKED_AT).from(SHEDLOCK).where(SHEDLOCK.NAME.startsWith("scrape-"))
                .orderBy(SHEDLOCK.LOCKED_AT.desc()).limit(1).fetchOne();
        return lock == null ? Map.of("locked-by", List.of("no lock"), "locked-at", List.of())
                : Map.of("locked-by", List.of(lock.value1()), "locked-at", List.of(lock.value2().toString()));
    }

    private static Instant lockedAt(FakeModelServer.Arrival arrival) {
        return Instant.parse(arrival.headers().get("locked-at").getFirst());
    }

    private static Set<String> holders(FakeModelServer server) {
        Set<String> holders = new HashSet<>();
        server.arrivals("/metrics").forEach(arrival -> holders.addAll(arrival.headers().get("locked-by")));
        return holders;
    }

    /** A Beacon instance with its schedules on, on the test context's database, as a second server would run. */
    private ConfigurableApplicationContext startInstance() throws SQLException {
        return ExtraInstance.start(dataSource, "--beacon.monitoring.initial-delay=0s");
    }

    /**
     * Other tests' models share this database; while the two instances run, only this test's model is
     * monitored (the others' endpoints are made up and would only add noise). Returns what to restore.
     */
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
