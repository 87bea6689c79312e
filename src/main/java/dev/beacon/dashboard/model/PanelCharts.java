package dev.beacon.dashboard.model;

import dev.beacon.alerting.AlertMetric;
import dev.beacon.shared.ui.chart.Axis;
import dev.beacon.shared.ui.chart.BarSeries;
import dev.beacon.shared.ui.chart.ChartColor;
import dev.beacon.shared.ui.chart.ChartOption;
import dev.beacon.shared.ui.chart.LineSeries;
import dev.beacon.shared.ui.chart.MarkLine;
import dev.beacon.shared.ui.chart.Series;
import dev.beacon.shared.ui.chart.ValueFormat;
import dev.beacon.telemetry.ModelSeries;
import dev.beacon.telemetry.ProbeCounts;
import dev.beacon.telemetry.TelemetryMetric;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.beacon.telemetry.TelemetryMetric.*;

/**
 * The chart of each panel, built from one window's series. Ratios are drawn as per cent; the latency
 * and throughput panels carry the compared series, dashed; every time axis carries the version markers.
 * A panel whose data the model does not have (server readings, scores) has no chart: it teaches instead.
 * Alert rules' thresholds and firing periods are drawn on the panel of their metric ({@link AlertMarks}).
 */
final class PanelCharts {

    static final ValueFormat MILLIS = ValueFormat.of("ms", 0);
    static final ValueFormat TOKENS_PER_S = ValueFormat.of("tokens/s", 1);
    static final ValueFormat REQUESTS_PER_MIN = ValueFormat.of("requests/min", 1);
    static final ValueFormat TOKENS_PER_MIN = ValueFormat.of("tokens/min", 0);
    static final ValueFormat ERRORS_PER_MIN = ValueFormat.of("errors/min", 2);
    static final ValueFormat PERCENT = ValueFormat.of("%", 1);
    static final ValueFormat REQUESTS = ValueFormat.of("requests", 1);
    static final ValueFormat SCORE = ValueFormat.of("", 3);
    private static final String BUCKETED = "percentiles partly from histogram buckets";
    private static final AlertMetric[] LATENCY_ALERTS = {AlertMetric.LATENCY_P50, AlertMetric.LATENCY_P95, AlertMetric.LATENCY_P99};

    private final SeriesParts parts;
    private final ModelSeries own;
    private final int contextWindow;
    private final AlertMarks alerts;

    PanelCharts(SeriesParts parts, int contextWindow, AlertMarks alerts) {
        this.parts = parts;
        this.own = parts.own();
        this.contextWindow = contextWindow;
        this.alerts = alerts;
    }

    /** The panel's chart, or empty when the window holds none of its data and the panel should teach instead. */
    Optional<ChartOption> option(PanelKind panel) {
        return switch (panel) {
            case LATENCY -> Optional.of(latency());
            case TIME_TO_FIRST_TOKEN -> Optional.of(percentiles(panel, TIME_TO_FIRST_TOKEN_P50_MS, TIME_TO_FIRST_TOKEN_P95_MS,
                    AlertMetric.TIME_TO_FIRST_TOKEN_P95));
            case INTER_TOKEN_LATENCY -> Optional.of(percentiles(panel, INTER_TOKEN_LATENCY_P50_MS, INTER_TOKEN_LATENCY_P95_MS,
                    AlertMetric.INTER_TOKEN_LATENCY_P95));
            case OUTPUT_SPEED -> Optional.of(outputSpeed());
            case REQUESTS -> Optional.of(requests());
            case TOKENS -> Optional.of(tokens());
            case ERRORS -> Optional.of(errors());
            case SERVER -> own.has(QUEUE_DEPTH_AVG) || own.has(KV_CACHE_USAGE_AVG) || own.has(RUNNING_REQUESTS_AVG)
                    ? Optional.of(server()) : Optional.empty();
            case PROBES -> Optional.of(probes());
            case CONTEXT -> Optional.of(context());
            case SCORES -> own.scoreAverages().isEmpty() ? Optional.empty() : Optional.of(scores());
        };
    }

    private ChartOption latency() {
        List<Series> series = new ArrayList<>(List.of(
                parts.line("p50", "p50", LATENCY_P50_MS, MILLIS, 1)
                        .markLine(parts.versionMarkers(AlertMarks.array(alerts.thresholds(LATENCY_ALERTS))))
                        .markArea(alerts.bands(LATENCY_ALERTS)),
                parts.line("p95", "p95", LATENCY_P95_MS, MILLIS, 1),
                parts.line("p99", "p99", LATENCY_P99_MS, MILLIS, 1)));
        if (parts.comparing()) {
            series.add(parts.comparedLine("p50", "p50", LATENCY_P50_MS, MILLIS));
            series.add(parts.comparedLine("p95", "p95", LATENCY_P95_MS, MILLIS));
        }
        return PanelFrame.of(PanelKind.LATENCY, bucketed(LATENCY_P50_MS, LATENCY_P95_MS, LATENCY_P99_MS), parts.shiftNote())
                .yAxis(Axis.value(MILLIS).withMin(0)).series(series).build();
    }

    private ChartOption percentiles(PanelKind panel, TelemetryMetric p50, TelemetryMetric p95, AlertMetric alerted) {
        return PanelFrame.of(panel, bucketed(p50, p95))
                .yAxis(Axis.value(MILLIS).withMin(0))
                .series(parts.line("p50", "p50", p50, MILLIS, 1)
                                .markLine(parts.versionMarkers(AlertMarks.array(alerts.thresholds(alerted))))
                                .markArea(alerts.bands(alerted)),
                        parts.line("p95", "p95", p95, MILLIS, 1))
                .build();
    }

    private ChartOption outputSpeed() {
        List<Series> series = new ArrayList<>(List.of(parts.line("tokens-per-second", "output",
                OUTPUT_TOKENS_PER_SECOND, TOKENS_PER_S, 1).area()
                .markLine(parts.versionMarkers(AlertMarks.array(alerts.thresholds(AlertMetric.OUTPUT_TOKENS_PER_SECOND))))
                .markArea(alerts.bands(AlertMetric.OUTPUT_TOKENS_PER_SECOND))));
        if (parts.comparing()) {
            series.add(parts.comparedLine("tokens-per-second", "output", OUTPUT_TOKENS_PER_SECOND, TOKENS_PER_S));
        }
        return PanelFrame.of(PanelKind.OUTPUT_SPEED, parts.shiftNote()).yAxis(Axis.value(TOKENS_PER_S).withMin(0))
                .series(series).build();
    }

    private ChartOption requests() {
        List<Series> series = new ArrayList<>(List.of(BarSeries.of("requests", parts.name("requests"),
                parts.points(REQUESTS_PER_MINUTE, 1)).unit(REQUESTS_PER_MIN)
                .markLine(parts.versionMarkers(AlertMarks.array(alerts.thresholds(AlertMetric.REQUESTS_PER_MINUTE))))
                .markArea(alerts.bands(AlertMetric.REQUESTS_PER_MINUTE))));
        if (parts.comparing()) {
            series.add(parts.comparedLine("requests", "requests", REQUESTS_PER_MINUTE, REQUESTS_PER_MIN));
        }
        return PanelFrame.of(PanelKind.REQUESTS, parts.shiftNote()).yAxis(Axis.value(REQUESTS_PER_MIN).withMin(0))
                .series(series).build();
    }

    private ChartOption tokens() {
        return PanelFrame.of(PanelKind.TOKENS)
                .yAxis(Axis.value(TOKENS_PER_MIN).withMin(0))
                .series(BarSeries.of("input", "input", parts.points(INPUT_TOKENS_PER_MINUTE, 1))
                                .stacked("tokens").unit(TOKENS_PER_MIN).markLine(parts.versionMarkers()),
                        BarSeries.of("output", "output", parts.points(OUTPUT_TOKENS_PER_MINUTE, 1))
                                .stacked("tokens").unit(TOKENS_PER_MIN))
                .build();
    }

    private ChartOption errors() {
        List<Series> series = new ArrayList<>();
        series.add(parts.line("error-rate", "error rate", ERROR_RATE, PERCENT, 100).onAxis(1).color(ChartColor.ERROR)
                .markLine(parts.versionMarkers(AlertMarks.array(alerts.thresholds(AlertMetric.ERROR_RATE))))
                .markArea(alerts.bands(AlertMetric.ERROR_RATE)));
        own.errorsPerMinuteByType().forEach((type, values) -> series.add(
                BarSeries.of("type:" + type, type, parts.points(values, 1)).stacked("errors").unit(ERRORS_PER_MIN)));
        return PanelFrame.of(PanelKind.ERRORS)
                .yAxis(Axis.value(ERRORS_PER_MIN).withMin(0))
                .yAxis(Axis.value(PERCENT).withMin(0).onRight())
                .series(series).build();
    }

    private ChartOption server() {
        return PanelFrame.of(PanelKind.SERVER)
                .yAxis(Axis.value(REQUESTS).withMin(0))
                .yAxis(Axis.value(PERCENT).withMin(0).withMax(100).onRight())
                .series(parts.line("queue-avg", "queue depth avg", QUEUE_DEPTH_AVG, REQUESTS, 1)
                                .markLine(parts.versionMarkers(AlertMarks.array(alerts.thresholds(AlertMetric.QUEUE_DEPTH))))
                                .markArea(alerts.bands(AlertMetric.QUEUE_DEPTH, AlertMetric.KV_CACHE_USAGE)),
                        parts.line("queue-max", "queue depth max", QUEUE_DEPTH_MAX, REQUESTS, 1),
                        parts.line("running-avg", "running requests avg", RUNNING_REQUESTS_AVG, REQUESTS, 1),
                        parts.line("kv-avg", "KV cache avg", KV_CACHE_USAGE_AVG, PERCENT, 100).onAxis(1)
                                .markLine(AlertMarks.lineOf(alerts.thresholds(AlertMetric.KV_CACHE_USAGE))),
                        parts.line("kv-max", "KV cache max", KV_CACHE_USAGE_MAX, PERCENT, 100).onAxis(1))
                .build();
    }

    /** Per point, the share of probes that found the server up, starting or down: a coloured band over time. */
    private ChartOption probes() {
        List<ProbeCounts> probes = own.probes();
        return PanelFrame.of(PanelKind.PROBES)
                .yAxis(Axis.value(PERCENT).withMin(0).withMax(100))
                .series(BarSeries.of("up", "up", parts.points(share(probes, ProbeCounts::up), 100)).stacked("probes")
                                .color(ChartColor.SUCCESS).unit(PERCENT).markLine(parts.versionMarkers())
                                .markArea(alerts.bands(AlertMetric.PROBE_FAILURES)),
                        BarSeries.of("starting", "starting", parts.points(share(probes, ProbeCounts::starting), 100))
                                .stacked("probes").color(ChartColor.WARNING).unit(PERCENT),
                        BarSeries.of("down", "down", parts.points(share(probes, ProbeCounts::down), 100))
                                .stacked("probes").color(ChartColor.ERROR).unit(PERCENT))
                .build();
    }

    /** Input tokens ÷ context window, with the window itself (100 %) drawn as a line. */
    private ChartOption context() {
        List<MarkLine.Item> lines = new ArrayList<>(alerts.thresholds(AlertMetric.CONTEXT_UTILIZATION_P95));
        lines.add(MarkLine.threshold("context window (" + NumberFormat.getIntegerInstance(Locale.ENGLISH)
                .format(contextWindow) + " tokens)", 100, ChartColor.ERROR));
        boolean overflows = Stream.of(CONTEXT_UTILIZATION_P95, CONTEXT_UTILIZATION_MAX)
                .flatMap(metric -> own.values(metric).stream()).filter(Objects::nonNull).anyMatch(value -> value > 1);
        Axis axis = Axis.value(PERCENT).withMin(0);
        return PanelFrame.of(PanelKind.CONTEXT, bucketed(CONTEXT_UTILIZATION_P95))
                // up to 100 % so that the window shows, further when requests overflowed it
                .yAxis(overflows ? axis : axis.withMax(100))
                .series(parts.line("p95", "p95", CONTEXT_UTILIZATION_P95, PERCENT, 100)
                                .markLine(parts.versionMarkers(AlertMarks.array(lines)))
                                .markArea(alerts.bands(AlertMetric.CONTEXT_UTILIZATION_P95)),
                        parts.line("max", "max", CONTEXT_UTILIZATION_MAX, PERCENT, 100))
                .build();
    }

    private ChartOption scores() {
        List<Series> series = new ArrayList<>();
        own.scoreAverages().forEach((name, values) -> {
            List<MarkLine.Item> thresholds = alerts.scoreThresholds(name);
            LineSeries line = SeriesParts.line("score:" + name, name, parts.points(values, 1)).unit(SCORE);
            series.add(series.isEmpty()
                    ? line.markLine(parts.versionMarkers(AlertMarks.array(thresholds))).markArea(alerts.bands(AlertMetric.EVAL_SCORE))
                    : line.markLine(AlertMarks.lineOf(thresholds)));
        });
        return PanelFrame.of(PanelKind.SCORES).yAxis(Axis.value(SCORE)).series(series).build();
    }

    private static List<Double> share(List<ProbeCounts> probes, java.util.function.ToIntFunction<ProbeCounts> state) {
        return probes.stream().map(counts -> counts.total() == 0 ? null : (double) state.applyAsInt(counts) / counts.total())
                .toList();
    }

    private String bucketed(TelemetryMetric... metrics) {
        return Stream.of(metrics).anyMatch(own.bucketed()::contains) ? BUCKETED : null;
    }
}
