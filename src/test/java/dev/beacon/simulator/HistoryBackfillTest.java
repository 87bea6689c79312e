package dev.beacon.simulator;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelStatus;
import dev.beacon.telemetry.TelemetryMetric;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySeries;
import dev.beacon.telemetry.TelemetrySummary;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The history backfill gives a model 30 days of rollups that a month-long dashboard can show, incidents included. */
@IntegrationTest
class HistoryBackfillTest {

    static final TrafficProfile TRAFFIC = new TrafficProfile(4, 30, 900, 250, 180, 28, 48);

    @Autowired
    TestFixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RollupJob rollups;
    @Autowired
    TelemetryQueryService telemetry;

    @Test
    void thirty_days_of_history_with_a_day_per_ten_minutes_and_the_last_day_per_minute_reach_the_rollups() {
        Model model = fixtures.registerAsAdmin(fixtures.team("history"), new ModelData(TestFixtures.unique("history"), "History",
                ModelRuntime.VLLM, "http://127.0.0.1:9", "org/history-model", "v1", 32768, new BigDecimal("0.6"), 2048,
                List.of(), ModelStatus.ACTIVE, ModelMonitoring.defaultsFor(ModelRuntime.VLLM)));
        Instant end = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant outageDay = end.minus(Duration.ofDays(12)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9));
        HistoryPlan plan = new HistoryPlan(model.id(), new SimulatedModel(model.data().name(), ModelRuntime.VLLM,
                "org/history-model", 0, 32768, 2048, 0.6, TRAFFIC), true,
                List.of(new HistoryIncident(Degradation.OUTAGE, outageDay, Duration.ofHours(6), 1)),
                new ScoreFeed(model.data().name(), "accuracy", 0.8, 0.01, "golden", "test"));

        int contributions = new HistoryBackfill(ingestion).backfill(plan, end, 3);
        rollups.runOnce();

        assertThat(contributions).as("29 days of 10 minutes, the last 24 hours (and up to 9 minutes) by minute, 30 daily scores")
                .isBetween(29 * 144 + 1_440 + 30, 29 * 144 + 1_449 + 30);
        for (int daysAgo = 0; daysAgo < 30; daysAgo++) {
            Instant dayEnd = end.minus(Duration.ofDays(daysAgo));
            TelemetrySummary day = summary(model, dayEnd.minus(Duration.ofDays(1)), dayEnd);
            assertThat(day.requests()).as("%d days ago", daysAgo).isPositive();
            assertThat(day.latencyP95Ms()).as("%d days ago", daysAgo).isGreaterThan(day.latencyP50Ms());
            assertThat(day.queueDepthMax()).as("%d days ago", daysAgo).isNotNull();
        }
        TelemetrySummary outage = summary(model, outageDay, outageDay.plus(Duration.ofHours(6)));
        assertThat(outage.requests()).as("a dead server counts nothing").isZero();
        assertThat(outage.probeUpRatio()).isZero();
        assertThat(summary(model, end.minus(Duration.ofDays(30)), end).scores().get("accuracy").count()).isEqualTo(30);
        assertThat(summary(model, end.minus(Duration.ofDays(30)), end).bucketed()).as("a scraped server's history").isTrue();
    }

    @Test
    void the_last_day_has_a_point_for_every_minute_as_live_data_would() {
        Model model = fixtures.registerAsAdmin(fixtures.team("history"), new ModelData(TestFixtures.unique("history"), "History",
                ModelRuntime.OLLAMA, "http://127.0.0.1:9", "history:7b", "v1", 8192, new BigDecimal("0.6"), 1024,
                List.of(), ModelStatus.ACTIVE, ModelMonitoring.defaultsFor(ModelRuntime.OLLAMA)));
        Instant end = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        HistoryPlan plan = new HistoryPlan(model.id(), new SimulatedModel(model.data().name(), ModelRuntime.OLLAMA,
                "history:7b", 0, 8192, 1024, 0.6, new TrafficProfile(40, 60, 500, 100, 300, 25, 4)), false, List.of(), null);

        new HistoryBackfill(ingestion).backfill(plan, end, 5);
        rollups.runOnce();

        TelemetrySeries lastHour = fixtures.asAdmin(() -> telemetry.series(model.id(), TelemetryMetric.REQUESTS_PER_MINUTE,
                end.minus(Duration.ofHours(1)), end, Optional.of(Duration.ofMinutes(1))));
        assertThat(lastHour.points()).hasSize(60).allSatisfy(point -> assertThat(point.value()).isPositive());
        TelemetrySummary month = summary(model, end.minus(Duration.ofDays(30)), end);
        assertThat(month.timeToFirstTokenP50Ms()).as("clients of Ollama measure it").isNotNull();
        assertThat(month.probeUpRatio()).as("not probed").isNull();
        assertThat(month.bucketed()).as("reported by clients, request by request").isFalse();
    }

    private TelemetrySummary summary(Model model, Instant from, Instant to) {
        return fixtures.asAdmin(() -> telemetry.summary(model.id(), from, to));
    }
}
