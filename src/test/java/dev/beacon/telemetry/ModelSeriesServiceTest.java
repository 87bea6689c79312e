package dev.beacon.telemetry;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.NotFoundException;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Distribution;
import dev.beacon.telemetry.rollup.Gauge;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

import static dev.beacon.telemetry.TelemetryMetric.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/** The dashboard's series of a model: every panel's values from one read, checked against known minutes. */
@IntegrationTest
class ModelSeriesServiceTest {

    private static final int CONTEXT_WINDOW = 8192;

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ModelSeriesService series;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RollupJob rollups;
    @Autowired
    MutableClock clock;

    Team team;
    Model model;
    UserAccount viewer;
    Instant base;

    @BeforeEach
    void aModelOfATeamWithAViewer() {
        team = fixtures.team("series");
        model = fixtures.model(team, "charted");
        viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        base = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
    }

    @Test
    void every_panels_values_come_per_minute_from_the_ingested_minutes() {
        // 100 requests of 10, 20, … 1000 ms, the first token after half of it, every tenth a timeout
        minute(0, a -> {
            for (int i = 0; i < 100; i++) {
                double latency = (i + 1) * 10;
                a.addRequest(latency, latency / 2, i == 99 ? 4096 : 100, 11, i % 10 == 0 ? "timeout" : null, CONTEXT_WINDOW);
            }
        });
        minute(2, a -> {
            a.addGauge(Gauge.QUEUE_DEPTH, 3, base.plusSeconds(130).toEpochMilli());
            a.addGauge(Gauge.QUEUE_DEPTH, 5, base.plusSeconds(140).toEpochMilli());
            a.addGauge(Gauge.KV_CACHE_USAGE, 0.5, base.plusSeconds(140).toEpochMilli());
            a.addProbe(ProbeState.UP);
            a.addProbe(ProbeState.DOWN);
            a.addScore("accuracy", 1.0, base.plusSeconds(125).toEpochMilli());
            a.addScore("accuracy", 0.5, base.plusSeconds(135).toEpochMilli());
            a.addErrors("rate_limited", 3);
        });
        minute(3, a -> a.addRequestCounts(10, 2));

        ModelSeries read = fixtures.as(viewer, () -> series.panels(model.id(), base, base.plus(Duration.ofMinutes(10)), 10));

        assertThat(read.step()).isEqualTo(Duration.ofMinutes(1));
        assertThat(read.times()).hasSize(10).startsWith(base, base.plus(Duration.ofMinutes(1)));
        assertThat(read.values(REQUESTS_PER_MINUTE)).startsWith(100.0, null, 0.0, 10.0, null);
        assertThat(read.values(ERROR_RATE)).startsWith(0.1, null, null, 0.2);
        assertThat(read.values(LATENCY_P50_MS).getFirst()).isCloseTo(500, withinPercentage(2));
        assertThat(read.values(LATENCY_P95_MS).getFirst()).isCloseTo(950, withinPercentage(2));
        assertThat(read.values(LATENCY_P99_MS).getFirst()).isCloseTo(990, withinPercentage(2));
        assertThat(read.values(TIME_TO_FIRST_TOKEN_P95_MS).getFirst()).isCloseTo(475, withinPercentage(2));
        // (latency - time to first token) / (output tokens - 1): a twentieth of the latency
        assertThat(read.values(INTER_TOKEN_LATENCY_P95_MS).getFirst()).isCloseTo(47.5, withinPercentage(2));
        assertThat(read.values(INPUT_TOKENS_PER_MINUTE).getFirst()).isEqualTo(99 * 100 + 4096.0);
        assertThat(read.values(OUTPUT_TOKENS_PER_SECOND).getFirst()).isCloseTo(1100 / 60.0, within(1e-9));
        assertThat(read.values(CONTEXT_UTILIZATION_MAX).getFirst()).isCloseTo(0.5, withinPercentage(2));
        assertThat(read.values(QUEUE_DEPTH_AVG).get(2)).isEqualTo(4.0);
        assertThat(read.values(QUEUE_DEPTH_MAX).get(2)).isEqualTo(5.0);
        assertThat(read.values(KV_CACHE_USAGE_AVG).get(2)).isEqualTo(0.5);
        assertThat(read.probes().get(2)).isEqualTo(new ProbeCounts(1, 0, 1));
        assertThat(read.probes().get(1)).isEqualTo(ProbeCounts.NONE);
        assertThat(read.scoreAverages().get("accuracy")).startsWith(null, null, 0.75, null);
        assertThat(read.errorsPerMinuteByType()).containsOnlyKeys("timeout", "rate_limited", ModelSeriesService.UNSPECIFIED);
        assertThat(read.errorsPerMinuteByType().get("timeout")).startsWith(10.0, null, 0.0, 0.0, null);
        assertThat(read.errorsPerMinuteByType().get("rate_limited")).startsWith(0.0, null, 3.0, 0.0, null);
        assertThat(read.errorsPerMinuteByType().get(ModelSeriesService.UNSPECIFIED)).startsWith(0.0, null, 0.0, 2.0, null);
        assertThat(read.bucketed()).isEmpty();
        assertThat(read.hasData()).isTrue();
    }

    @Test
    void percentiles_from_histogram_buckets_are_flagged_per_metric() {
        minute(0, a -> {
            a.add(Distribution.LATENCY, 250, 40);
            a.markBucketed();
        });

        ModelSeries read = fixtures.as(viewer, () -> series.panels(model.id(), base, base.plus(Duration.ofMinutes(5)), 5));

        assertThat(read.bucketed()).contains(LATENCY_P50_MS, LATENCY_P95_MS, LATENCY_P99_MS)
                .doesNotContain(TIME_TO_FIRST_TOKEN_P95_MS, REQUESTS_PER_MINUTE);
    }

    @Test
    void a_window_without_data_has_points_without_values() {
        ModelSeries read = fixtures.as(viewer, () -> series.panels(model.id(), base, base.plus(Duration.ofHours(1)), 100));

        assertThat(read.hasData()).isFalse();
        assertThat(read.times()).hasSize(60);
        assertThat(read.values(LATENCY_P95_MS)).containsOnlyNulls();
        assertThat(read.errorsPerMinuteByType()).isEmpty();
    }

    @Test
    void the_step_keeps_every_series_within_the_points_budget() {
        Instant now = clock.instant();
        ModelSeries month = fixtures.as(viewer, () -> series.panels(model.id(), now.minus(Duration.ofDays(30)), now, 400));
        ModelSeries monthWide = fixtures.as(viewer, () -> series.panels(model.id(), now.minus(Duration.ofDays(30)), now, 800));
        ModelSeries day = fixtures.as(viewer, () -> series.panels(model.id(), now.minus(Duration.ofDays(1)), now, 100));

        assertThat(month.step()).isEqualTo(Duration.ofHours(2));
        assertThat(month.times().size()).isLessThanOrEqualTo(400).isGreaterThan(300);
        assertThat(month.values(LATENCY_P95_MS)).hasSameSizeAs(month.times());
        assertThat(monthWide.step()).isEqualTo(Duration.ofHours(1));
        assertThat(monthWide.times().size()).isLessThanOrEqualTo(800);
        assertThat(day.step()).isEqualTo(Duration.ofMinutes(15));
        assertThat(day.times().size()).isLessThanOrEqualTo(100);
    }

    @Test
    void hour_points_of_a_long_range_merge_the_minutes_within_them() {
        minute(0, a -> a.addRequest(100, null, 10, 10, null, CONTEXT_WINDOW));
        minute(30, a -> a.addRequest(900, null, 10, 10, "timeout", CONTEXT_WINDOW));
        minute(59, a -> a.addRequest(500, null, 10, 10, null, CONTEXT_WINDOW));

        ModelSeries read = fixtures.as(viewer, () -> series.panels(model.id(), base.minus(Duration.ofDays(6)),
                base.plus(Duration.ofDays(1)), 500));

        assertThat(read.step()).isEqualTo(Duration.ofHours(1));
        int hour = read.times().indexOf(base);
        assertThat(read.values(REQUESTS_PER_MINUTE).get(hour)).isCloseTo(3 / 60.0, within(1e-9));
        assertThat(read.values(ERROR_RATE).get(hour)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(read.values(LATENCY_P50_MS).get(hour)).isCloseTo(500, withinPercentage(2));
        assertThat(read.errorsPerMinuteByType().get("timeout").get(hour)).isCloseTo(1 / 60.0, within(1e-9));
    }

    @Test
    void the_last_point_cut_short_by_the_window_counts_its_rate_over_the_time_it_covers() {
        minute(1, a -> {
            for (int i = 0; i < 3; i++) {
                a.addRequest(100, null, 10, 10, null, CONTEXT_WINDOW);
            }
        });

        ModelSeries read = fixtures.as(viewer, () -> series.panels(model.id(), base, base.plusSeconds(90), 10));

        assertThat(read.times()).containsExactly(base, base.plus(Duration.ofMinutes(1)));
        assertThat(read.values(REQUESTS_PER_MINUTE).get(1)).isEqualTo(6.0);
    }

    @Test
    void the_comparison_series_read_latency_and_throughput_only() {
        minute(0, a -> a.addRequest(200, 20.0, 10, 10, "timeout", CONTEXT_WINDOW));

        ModelSeries read = fixtures.as(viewer, () -> series.latencyAndThroughput(model.id(), base, base.plus(Duration.ofMinutes(5)), 5));

        assertThat(read.metrics()).containsOnlyKeys(LATENCY_P50_MS, LATENCY_P95_MS, LATENCY_P99_MS, REQUESTS_PER_MINUTE,
                OUTPUT_TOKENS_PER_SECOND);
        assertThat(read.values(LATENCY_P95_MS).getFirst()).isCloseTo(200, withinPercentage(2));
        assertThat(read.errorsPerMinuteByType()).isEmpty();
        assertThat(read.probes()).isEmpty();
    }

    @Test
    void people_outside_the_team_get_not_found_and_a_silly_budget_is_refused() {
        UserAccount outsider = fixtures.memberOfNewTeam("elsewhere", TeamRole.OWNER);
        Instant to = base.plus(Duration.ofHours(1));

        assertThatThrownBy(() -> fixtures.as(outsider, () -> series.panels(model.id(), base, to, 100)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(outsider, () -> series.latencyAndThroughput(model.id(), base, to, 100)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> series.panels(model.id(), base, to, 1)))
                .hasMessageContaining("2 to");
        assertThatThrownBy(() -> fixtures.as(viewer, () -> series.panels(model.id(), to, base, 100)))
                .hasMessageContaining("start lies before its end");
    }

    private void minute(int minute, Consumer<Aggregate> fill) {
        TelemetryTestData.minute(ingestion, rollups, model.id(), base.plus(Duration.ofMinutes(minute)), fill);
    }
}
