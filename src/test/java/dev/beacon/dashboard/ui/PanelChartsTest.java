package dev.beacon.dashboard.ui;

import dev.beacon.dashboard.Aggregation;
import dev.beacon.dashboard.ChartType;
import dev.beacon.dashboard.ModelRef;
import dev.beacon.dashboard.Panel;
import dev.beacon.dashboard.PanelId;
import dev.beacon.dashboard.PanelMetric;
import dev.beacon.dashboard.PanelReading;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.chart.ChartJson;
import dev.beacon.telemetry.DistributionOverTime;
import dev.beacon.telemetry.SeriesPoint;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart options of panels, as the server builds them from what was read. */
class PanelChartsTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    private static final ModelRef LLAMA = new ModelRef(new ModelId(UUID.randomUUID()), "llama", "Search");
    private static final ModelRef MISTRAL = new ModelRef(new ModelId(UUID.randomUUID()), "mistral", "Search");

    @Test
    void an_area_panel_draws_one_filled_series_per_model_named_by_its_id_for_data_only_refreshes() {
        PanelReading.Series reading = new PanelReading.Series("ms", Duration.ofMinutes(1), false, List.of(
                new PanelReading.ModelSeries(LLAMA, points(120.0, 130.0)), new PanelReading.ModelSeries(MISTRAL, points(90.0, null))));

        JsonNode json = ChartJson.option(PanelCharts.timeSeries(panel(PanelMetric.LATENCY, Aggregation.P95, ChartType.AREA), reading));

        assertThat(json.get("series").valueStream().map(s -> s.get("id").asString()).toList())
                .containsExactly(LLAMA.id().toString(), MISTRAL.id().toString());
        assertThat(json.at("/series/0/name").asString()).isEqualTo("llama");
        assertThat(json.at("/series/0/type").asString()).isEqualTo("line");
        assertThat(json.at("/series/0/areaStyle").isMissingNode()).isFalse();
        assertThat(json.at("/series/1/data/1/1").isNull()).as("a minute without data stays a gap").isTrue();
        assertThat(json.at("/yAxis/0/axisLabel/formatter/unit").asString()).isEqualTo("ms");
        assertThat(json.at("/aria/label/description").asString()).contains("Latency p95", "llama", "mistral");
    }

    @Test
    void ratios_are_drawn_as_percentages_and_totals_as_whole_counts() {
        PanelReading.Series errors = new PanelReading.Series("ratio", Duration.ofMinutes(1), false,
                List.of(new PanelReading.ModelSeries(LLAMA, points(0.025, 0.5))));
        PanelReading.Series total = new PanelReading.Series("requests", Duration.ofMinutes(5), false,
                List.of(new PanelReading.ModelSeries(LLAMA, points(150.0, 200.0))));

        JsonNode percent = ChartJson.option(PanelCharts.timeSeries(panel(PanelMetric.ERROR_RATE, Aggregation.VALUE, ChartType.BAR), errors));
        JsonNode counts = ChartJson.option(PanelCharts.timeSeries(panel(PanelMetric.REQUESTS, Aggregation.SUM, ChartType.LINE), total));

        assertThat(percent.at("/series/0/type").asString()).isEqualTo("bar");
        assertThat(percent.at("/series/0/data/0/1").asDouble()).isEqualTo(2.5);
        assertThat(percent.at("/yAxis/0/axisLabel/formatter/unit").asString()).isEqualTo("%");
        assertThat(counts.at("/yAxis/0/axisLabel/formatter/decimals").asInt()).isZero();
    }

    @Test
    void a_gauge_of_a_ratio_runs_to_100_percent_and_of_anything_else_to_a_round_number_above_the_range() {
        DisplayUnit percent = DisplayUnit.of("ratio", Aggregation.VALUE);
        DisplayUnit millis = DisplayUnit.of("ms", Aggregation.P95);
        PanelReading.ModelFigure errorRate = new PanelReading.ModelFigure(LLAMA, 0.031, points(0.02, 0.04));
        PanelReading.ModelFigure latency = new PanelReading.ModelFigure(LLAMA, 812.0, points(700.0, 1340.0));

        JsonNode ratioGauge = ChartJson.option(PanelCharts.gauge(panel(PanelMetric.ERROR_RATE, Aggregation.VALUE, ChartType.GAUGE), errorRate, percent));
        JsonNode latencyGauge = ChartJson.option(PanelCharts.gauge(panel(PanelMetric.LATENCY, Aggregation.P95, ChartType.GAUGE), latency, millis));

        assertThat(ratioGauge.at("/series/0/max").asDouble()).isEqualTo(100);
        assertThat(ratioGauge.at("/series/0/data/0/value").asDouble()).isCloseTo(3.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ratioGauge.at("/series/0/progress/show").asBoolean()).as("compact: fits a small tile").isTrue();
        assertThat(latencyGauge.at("/series/0/max").asDouble()).isEqualTo(2000);
        assertThat(latencyGauge.at("/aria/label/description").asString()).endsWith("812 ms");
    }

    @Test
    void a_heat_map_has_a_row_per_latency_range_labelled_in_readable_units() {
        DistributionOverTime distribution = new DistributionOverTime("ms", T0, T0.plusSeconds(120), Duration.ofMinutes(1),
                List.of(T0, T0.plusSeconds(60)),
                List.of(new DistributionOverTime.ValueRange(200, 500), new DistributionOverTime.ValueRange(1000, 2000)),
                List.of(new DistributionOverTime.Cell(0, 0, 12), new DistributionOverTime.Cell(1, 1, 3)), false);

        JsonNode json = ChartJson.option(PanelCharts.heatmap(panel(PanelMetric.LATENCY, Aggregation.DISTRIBUTION, ChartType.HEATMAP), distribution));

        assertThat(json.at("/yAxis/0/data").valueStream().map(JsonNode::asString).toList()).containsExactly("200–500 ms", "1–2 s");
        assertThat(json.at("/series/0/type").asString()).isEqualTo("heatmap");
        assertThat(json.at("/visualMap/0/max").asDouble()).isEqualTo(12);
    }

    @Test
    void figures_read_as_a_person_would_write_them() {
        assertThat(DisplayUnit.of("ms", Aggregation.P95).text(812.4)).isEqualTo("812 ms");
        assertThat(DisplayUnit.of("ms", Aggregation.P95).text(1250.0)).isEqualTo("1.25 s");
        assertThat(DisplayUnit.of("ratio", Aggregation.VALUE).text(0.125)).isEqualTo("12.5 %");
        assertThat(DisplayUnit.of("requests", Aggregation.SUM).text(3210.0)).isEqualTo("3,210 requests");
        assertThat(DisplayUnit.of("tokens/s", Aggregation.PER_SECOND).text(42.25)).isEqualTo("42.3 tokens/s");
        assertThat(DisplayUnit.of("", Aggregation.AVG).text(0.8123)).isEqualTo("0.812");
        assertThat(DisplayUnit.of("ms", Aggregation.P95).text(null)).isEqualTo("—");
    }

    @Test
    void the_subtitle_says_how_the_points_are_made_and_how_many_models_are_hidden() {
        Panel withHidden = new Panel(PanelId.random(), "", PanelMetric.LATENCY, null, Aggregation.P95, ChartType.LINE, 6, 3,
                List.of(LLAMA), 2);
        Panel ownTitle = new Panel(PanelId.random(), "Tail latency", PanelMetric.LATENCY, null, Aggregation.P99, ChartType.LINE,
                6, 3, List.of(LLAMA), 0);
        PanelReading.Series reading = new PanelReading.Series("ms", Duration.ofMinutes(5), true, List.of());

        assertThat(PanelNotes.subtitle(withHidden, reading))
                .isEqualTo("a point per 5 min · percentiles from histogram buckets · 2 models hidden (no access)");
        assertThat(PanelNotes.subtitle(ownTitle, reading)).startsWith("p99 · a point per 5 min");
    }

    private static Panel panel(PanelMetric metric, Aggregation aggregation, ChartType chart) {
        return new Panel(PanelId.random(), "", metric, null, aggregation, chart, chart.defaultWidth(), chart.defaultHeight(),
                List.of(LLAMA, MISTRAL), 0);
    }

    private static List<SeriesPoint> points(Double first, Double second) {
        return List.of(new SeriesPoint(T0, first), new SeriesPoint(T0.plusSeconds(60), second));
    }
}
