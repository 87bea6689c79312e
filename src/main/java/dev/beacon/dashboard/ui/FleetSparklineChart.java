package dev.beacon.dashboard.ui;

import dev.beacon.shared.ui.EChart;
import dev.beacon.shared.ui.chart.Axis;
import dev.beacon.shared.ui.chart.ChartColor;
import dev.beacon.shared.ui.chart.ChartOption;
import dev.beacon.shared.ui.chart.Grid;
import dev.beacon.shared.ui.chart.LineSeries;
import dev.beacon.shared.ui.chart.SeriesData;
import dev.beacon.shared.ui.chart.TimePoint;
import dev.beacon.shared.ui.chart.ValueFormat;
import dev.beacon.telemetry.FleetModel;
import dev.beacon.telemetry.ModelHealth;
import dev.beacon.telemetry.SeriesPoint;

import java.util.List;

/**
 * A model's last hour in a tiny chart without axes: requests per minute as an area in the colour of the
 * model's health, p95 latency as a thin neutral line on its own scale. Drawn at once, without animation:
 * dozens of charts growing in for a second would only delay the page. Refreshes send only the data that
 * changed; a change of health recolours the chart.
 */
final class FleetSparklineChart {

    static final String REQUESTS = "requests";
    static final String LATENCY = "p95";

    private final EChart chart;
    private ModelHealth health;
    private List<TimePoint> requests;
    private List<TimePoint> latency;

    FleetSparklineChart(FleetModel model) {
        health = model.healthLevel();
        requests = points(model.lastHour().requestsPerMinute());
        latency = points(model.lastHour().latencyP95Ms());
        chart = new EChart(option(model.name()));
        chart.addClassName("fleet-spark");
        chart.setHeight("36px");
        chart.setWidthFull();
    }

    EChart chart() {
        return chart;
    }

    void update(FleetModel model) {
        List<TimePoint> newRequests = points(model.lastHour().requestsPerMinute());
        List<TimePoint> newLatency = points(model.lastHour().latencyP95Ms());
        boolean dataChanged = !newRequests.equals(requests) || !newLatency.equals(latency);
        requests = newRequests;
        latency = newLatency;
        if (model.healthLevel() != health) {
            health = model.healthLevel();
            chart.setOption(option(model.name()));
        } else if (dataChanged) {
            chart.setSeriesData(List.of(new SeriesData(REQUESTS, requests), new SeriesData(LATENCY, latency)));
        }
    }

    private ChartOption option(String modelName) {
        return ChartOption.builder()
                .grid(new Grid(1, 1, 3, 1))
                .xAxis(Axis.time().hidden())
                .yAxis(Axis.value(ValueFormat.count()).withMin(0).hidden())
                .yAxis(Axis.value(ValueFormat.of("ms", 0)).withMin(0).hidden())
                .series(LineSeries.of(REQUESTS, "Requests/min", requests).area().color(color(health)),
                        LineSeries.of(LATENCY, "Latency p95", latency).onAxis(1).color(ChartColor.NEUTRAL))
                .description("Last hour of " + modelName + ": requests per minute and p95 latency")
                .withoutAnimation()
                .build();
    }

    private static ChartColor color(ModelHealth health) {
        return switch (health) {
            case CRITICAL -> ChartColor.ERROR;
            case WARNING -> ChartColor.WARNING;
            case GOOD -> ChartColor.SUCCESS;
            case UNKNOWN -> ChartColor.NEUTRAL;
        };
    }

    private static List<TimePoint> points(List<SeriesPoint> series) {
        return series.stream().map(point -> new TimePoint(point.time(), point.value())).toList();
    }
}
