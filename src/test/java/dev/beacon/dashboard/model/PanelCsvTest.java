package dev.beacon.dashboard.model;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.dashboard.Comparison;
import dev.beacon.dashboard.DashboardData;
import dev.beacon.dashboard.DashboardTestData;
import dev.beacon.dashboard.ModelDashboardService;
import dev.beacon.dashboard.TimeRange;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelVersionChange;
import dev.beacon.security.Team;
import dev.beacon.shared.ui.chart.ChartOption;
import dev.beacon.telemetry.TelemetryTestData;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A panel's CSV download holds the series as the chart shows them, from known ingested minutes. */
@IntegrationTest
class PanelCsvTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ModelDashboardService dashboards;
    @Autowired
    ModelService models;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RollupJob rollups;
    @Autowired
    MutableClock clock;

    Team team;
    Model model;
    Instant base;

    @BeforeEach
    void aModel() {
        team = fixtures.team("csv");
        model = fixtures.model(team, "exported");
        base = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
    }

    @Test
    void each_row_is_a_time_in_utc_and_each_column_a_series_with_its_unit_gaps_left_empty() {
        minute(model, base, 3, 100);
        minute(model, base.plus(Duration.ofMinutes(2)), 1, 100);
        DashboardData data = read(new TimeRange.Between(base, base.plus(Duration.ofMinutes(5))), null);

        String tokens = PanelCsv.of(chart(data, PanelKind.TOKENS));
        String errors = PanelCsv.of(chart(data, PanelKind.ERRORS));

        assertThat(tokens.split("\r\n")).containsExactly(
                "time (UTC),input (tokens/min),output (tokens/min)",
                base + ",300,30",
                base.plus(Duration.ofMinutes(1)) + ",,",
                base.plus(Duration.ofMinutes(2)) + ",100,10",
                base.plus(Duration.ofMinutes(3)) + ",,",
                base.plus(Duration.ofMinutes(4)) + ",,");
        // one request in three failed: 33.33… per cent, to ten significant digits
        assertThat(errors.split("\r\n")).startsWith(
                "time (UTC),error rate (%),timeout (errors/min)",
                base + ",33.33333333,1",
                base.plus(Duration.ofMinutes(1)) + ",,",
                base.plus(Duration.ofMinutes(2)) + ",100,1");
    }

    @Test
    void a_compared_window_is_exported_as_shown_moved_onto_the_window_with_the_legend_names() {
        ModelVersionChange shipped = DashboardTestData.newVersion(fixtures, models, model, "v2");
        Instant changedAt = shipped.changedAt();
        Instant tenMinutesBefore = changedAt.minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
        minute(model, tenMinutesBefore, 2, 400);
        DashboardData data = read(new TimeRange.Between(changedAt, changedAt.plus(Duration.ofMinutes(30))),
                new Comparison.BeforeVersion(changedAt));

        List<String> rows = List.of(PanelCsv.of(chart(data, PanelKind.LATENCY)).split("\r\n"));

        assertThat(rows.getFirst()).isEqualTo("time (UTC),p50 · current (ms),p95 · current (ms),p99 · current (ms),"
                + "p50 · before v2 (ms),p95 · before v2 (ms)");
        String shown = tenMinutesBefore.plus(Duration.ofMinutes(30)).toString();
        assertThat(rows).filteredOn(row -> row.startsWith(shown)).singleElement()
                .satisfies(row -> assertThat(row).matches(shown + ",,,,(39|40)\\d(\\.\\d+)?,(39|40)\\d(\\.\\d+)?"));
        assertThat(rows).hasSize(1 + data.series().times().size());
    }

    @Test
    void the_file_is_named_after_model_panel_and_window_in_utc() {
        assertThat(PanelCsv.fileName("llama 3.1/8b", PanelKind.LATENCY, Instant.parse("2026-11-29T10:00:00Z"),
                Instant.parse("2026-11-30T10:00:30Z")))
                .isEqualTo("llama-3.1-8b-latency-20261129T1000Z-20261130T1000Z.csv");
    }

    private DashboardData read(TimeRange range, Comparison comparison) {
        return fixtures.asAdmin(() -> dashboards.data(model.id(), range, 60, comparison));
    }

    private ChartOption chart(DashboardData data, PanelKind panel) {
        return new PanelCharts(new SeriesParts(data.series(), data.compared(),
                fixtures.asAdmin(() -> models.history(model.id()))), 8192, AlertMarks.NONE).option(panel).orElseThrow();
    }

    /** Requests of this latency, 100 input and 10 output tokens each, the first of them a timeout. */
    private void minute(Model target, Instant minute, int requests, double latencyMs) {
        TelemetryTestData.minute(ingestion, rollups, target.id(), minute, aggregate -> {
            for (int i = 0; i < requests; i++) {
                aggregate.addRequest(latencyMs, null, 100, 10, i == 0 ? "timeout" : null, 8192);
            }
        });
    }
}
