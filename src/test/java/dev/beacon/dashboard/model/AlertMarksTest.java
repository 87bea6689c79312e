package dev.beacon.dashboard.model;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.alerting.AlertHistoryService;
import dev.beacon.alerting.AlertMetric;
import dev.beacon.alerting.AlertState;
import dev.beacon.alerting.AlertTestData;
import dev.beacon.alerting.AlertTransition;
import dev.beacon.alerting.NoDataMode;
import dev.beacon.alerting.RuleData;
import dev.beacon.alerting.ThresholdComparator;
import dev.beacon.dashboard.DashboardData;
import dev.beacon.dashboard.ModelDashboardService;
import dev.beacon.dashboard.TimeRange;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelService;
import dev.beacon.security.Team;
import dev.beacon.shared.ui.chart.ChartColor;
import dev.beacon.shared.ui.chart.ChartOption;
import dev.beacon.shared.ui.chart.LineSeries;
import dev.beacon.shared.ui.chart.MarkArea;
import dev.beacon.shared.ui.chart.MarkLine;
import dev.beacon.shared.ui.chart.Series;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The model dashboard draws each enabled rule's thresholds on its metric's panel and the alerts' firing periods as bands. */
@IntegrationTest
class AlertMarksTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    ModelDashboardService dashboards;
    @Autowired
    ModelService models;
    @Autowired
    AlertHistoryService history;

    AlertTestData alerts;
    Team team;
    Model model;

    @BeforeEach
    void aModelWithALatencyAndAnErrorRateRule() {
        alerts = new AlertTestData(context);
        team = fixtures.team("marks");
        model = alerts.fleet.model(team, "marked", ModelRuntime.VLLM);
        alerts.rule(model, AlertTestData.latencyRule(1_000, 5_000, 0));
        alerts.rule(model, new RuleData(AlertMetric.ERROR_RATE, null, ThresholdComparator.ABOVE, 5.0, 20.0, 300, 0, 0,
                NoDataMode.OK, null, true, null, ""));
        alerts.rule(model, AlertTestData.latencyRule(7_000, 9_000, 0).withEnabled(false));
    }

    @Test
    void thresholds_are_amber_and_red_lines_at_their_values_on_their_metrics_panel_only_for_enabled_rules() {
        alerts.latency(team, model, 2, 20, 300);
        ChartOption latency = chart(read(), PanelKind.LATENCY);
        ChartOption errors = chart(read(), PanelKind.ERRORS);

        assertThat(thresholds(series(latency, "p50"))).containsExactly(
                line("Latency p95 warning 1,000 ms", 1_000.0, ChartColor.WARNING),
                line("Latency p95 critical 5,000 ms", 5_000.0, ChartColor.ERROR));
        assertThat(thresholds(series(errors, "error-rate"))).as("in per cent, on the per-cent axis of the error rate")
                .containsExactly(line("Error rate warning 5 %", 5.0, ChartColor.WARNING),
                        line("Error rate critical 20 %", 20.0, ChartColor.ERROR));
        assertThat(((LineSeries) series(errors, "error-rate")).yAxisIndex()).isEqualTo(1);
        assertThat(thresholds(series(chart(read(), PanelKind.OUTPUT_SPEED), "tokens-per-second"))).isEmpty();
        assertThat(((LineSeries) series(latency, "p50")).markArea()).as("nothing fired").isNull();
    }

    @Test
    void firing_periods_are_bands_from_firing_to_resolved_in_the_colour_of_their_severity() {
        alerts.latency(team, model, 2, 20, 2_000);
        alerts.nextCycle();
        alerts.after(Duration.ofMinutes(6));
        List<AlertTransition> transitions = fixtures.asAdmin(() -> history.history(model.id(), 10));
        AlertTransition fired = transitions.stream().filter(t -> t.to() == AlertState.FIRING).findFirst().orElseThrow();
        AlertTransition resolved = transitions.stream().filter(t -> t.from() == AlertState.FIRING).findFirst().orElseThrow();

        MarkArea bands = ((LineSeries) series(chart(read(), PanelKind.LATENCY), "p50")).markArea();

        assertThat(bands.data()).singleElement().satisfies(band -> {
            assertThat(band.get(0).xAxis()).isEqualTo(fired.at().toEpochMilli());
            assertThat(band.get(1).xAxis()).isEqualTo(resolved.at().toEpochMilli());
            assertThat(band.get(0).name()).isEqualTo("Latency p95 warning");
            assertThat(band.get(0).itemStyle().color()).isEqualTo(ChartColor.WARNING.band());
        });
        assertThat(((LineSeries) series(chart(read(), PanelKind.ERRORS), "error-rate")).markArea())
                .as("the error-rate rule never fired").isNull();
    }

    @Test
    void an_alert_still_firing_is_a_band_up_to_the_end_of_the_window() {
        alerts.latency(team, model, 2, 20, 6_000);
        alerts.nextCycle();
        AlertTransition fired = fixtures.asAdmin(() -> history.history(model.id(), 10)).getFirst();
        DashboardData data = read();

        MarkArea bands = ((LineSeries) series(chart(data, PanelKind.LATENCY), "p50")).markArea();

        assertThat(bands.data()).singleElement().satisfies(band -> {
            assertThat(band.get(0).xAxis()).isEqualTo(fired.at().toEpochMilli());
            assertThat(band.get(1).xAxis()).isEqualTo(data.series().to().toEpochMilli());
            assertThat(band.get(0).name()).isEqualTo("Latency p95 critical");
            assertThat(band.get(0).itemStyle().color()).isEqualTo(ChartColor.ERROR.band());
        });
    }

    private DashboardData read() {
        return fixtures.asAdmin(() -> dashboards.data(model.id(), new TimeRange.Last(Duration.ofHours(1)), 60, null));
    }

    private ChartOption chart(DashboardData data, PanelKind panel) {
        AlertMarks marks = new AlertMarks(data.alertRules(), data.firings(), data.series().from(), data.series().to());
        return new PanelCharts(new SeriesParts(data.series(), data.compared(), fixtures.asAdmin(() -> models.history(model.id()))),
                8192, marks).option(panel).orElseThrow();
    }

    private static Series series(ChartOption option, String id) {
        return option.series().stream().filter(series -> series.id().equals(id)).findFirst().orElseThrow();
    }

    /** The horizontal lines (thresholds) among the series' mark lines; version markers are vertical. */
    private static List<MarkLine.Item> thresholds(Series series) {
        MarkLine lines = ((LineSeries) series).markLine();
        return lines == null ? List.of() : lines.data().stream().filter(item -> item.yAxis() != null).toList();
    }

    private static MarkLine.Item line(String label, double value, ChartColor color) {
        return MarkLine.threshold(label, value, color);
    }
}
