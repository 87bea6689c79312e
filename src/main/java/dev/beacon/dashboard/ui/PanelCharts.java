package dev.beacon.dashboard.ui;

import dev.beacon.dashboard.Panel;
import dev.beacon.dashboard.PanelReading;
import dev.beacon.shared.ui.chart.Axis;
import dev.beacon.shared.ui.chart.BarSeries;
import dev.beacon.shared.ui.chart.ChartColor;
import dev.beacon.shared.ui.chart.ChartOption;
import dev.beacon.shared.ui.chart.DataZoom;
import dev.beacon.shared.ui.chart.GaugeSeries;
import dev.beacon.shared.ui.chart.Grid;
import dev.beacon.shared.ui.chart.HeatCell;
import dev.beacon.shared.ui.chart.HeatmapSeries;
import dev.beacon.shared.ui.chart.Legend;
import dev.beacon.shared.ui.chart.LineSeries;
import dev.beacon.shared.ui.chart.SeriesData;
import dev.beacon.shared.ui.chart.TimePoint;
import dev.beacon.shared.ui.chart.Tooltip;
import dev.beacon.shared.ui.chart.ValueFormat;
import dev.beacon.shared.ui.chart.VisualMap;
import dev.beacon.telemetry.DistributionOverTime;
import dev.beacon.telemetry.SeriesPoint;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The chart options of dashboard panels, built from what {@link dev.beacon.dashboard.PanelDataService}
 * read: one series per model (its id is the series id, so refreshes send data only), a heat map of the
 * distribution, or a gauge per model. Panels have their title in HTML above the chart, so the charts have none.
 */
final class PanelCharts {

    /**
     * Around the plot: room for the undo-zoom button on top, and under it for the time labels and, below
     * them, the legend. The y axis' labels fit in themselves (ECharts' outer bounds).
     */
    private static final Grid TIME_SERIES_GRID = new Grid(8, 16, 28, 56);

    private PanelCharts() {
    }

    static ChartOption timeSeries(Panel panel, PanelReading.Series reading) {
        DisplayUnit unit = DisplayUnit.of(reading.unit(), panel.aggregation());
        ChartOption.Builder chart = ChartOption.builder()
                .tooltip(Tooltip.axis(unit.format()))
                .legend(Legend.below())
                .grid(TIME_SERIES_GRID)
                .xAxis(Axis.time())
                .yAxis(Axis.value(unit.format()))
                .dataZoom(DataZoom.inside())
                .dragToZoom()
                .description(panel.displayTitle() + ", " + panel.chart().label().toLowerCase() + " chart of "
                        + reading.series().stream().map(s -> s.model().name()).collect(Collectors.joining(", ")));
        for (PanelReading.ModelSeries series : reading.series()) {
            String id = series.model().id().toString();
            List<TimePoint> points = points(series.points(), unit);
            chart.series(switch (panel.chart()) {
                case BAR -> BarSeries.of(id, series.model().name(), points).unit(unit.format());
                case AREA -> LineSeries.of(id, series.model().name(), points).area().unit(unit.format());
                default -> LineSeries.of(id, series.model().name(), points).unit(unit.format());
            });
        }
        return chart.build();
    }

    /** The new points of every series, for a refresh of a chart built by {@link #timeSeries}. */
    static List<SeriesData> seriesData(Panel panel, PanelReading.Series reading) {
        DisplayUnit unit = DisplayUnit.of(reading.unit(), panel.aggregation());
        return reading.series().stream()
                .map(series -> new SeriesData(series.model().id().toString(), points(series.points(), unit)))
                .toList();
    }

    static ChartOption heatmap(Panel panel, DistributionOverTime distribution) {
        ValueFormat count = ValueFormat.of("requests", 0);
        List<HeatCell> cells = distribution.cells().stream()
                .map(cell -> new HeatCell(cell.time(), cell.range(), (double) cell.count())).toList();
        List<String> ranges = distribution.ranges().stream().map(range -> label(range, distribution.unit())).toList();
        return ChartOption.builder()
                .tooltip(Tooltip.item(count))
                .xAxis(Axis.timeBuckets(distribution.times()))
                .yAxis(Axis.category(ranges))
                .visualMap(VisualMap.continuous(0, Math.max(1, distribution.maxCount()), ChartColor.PRIMARY, count))
                .dataZoom(DataZoom.inside())
                .series(HeatmapSeries.of("distribution", "Requests", cells).unit(count))
                .description(panel.displayTitle() + ": how many requests fell into each range, per time bucket")
                .build();
    }

    static ChartOption gauge(Panel panel, PanelReading.ModelFigure figure, DisplayUnit unit) {
        double max = unit.unit().equals("ratio") ? 100 : niceCeiling(maxOf(figure, unit));
        GaugeSeries gauge = GaugeSeries.of(figure.model().id().toString(), figure.model().name(), 0, max, unit.format()).compact();
        Double value = unit.scaled(figure.value());
        return ChartOption.builder()
                .tooltip(Tooltip.item(unit.format()))
                .series(value == null ? gauge : gauge.showing(figure.model().name(), Math.min(value, max)))
                .description(panel.displayTitle() + " of " + figure.model().name() + ": " + unit.text(figure.value()))
                .build();
    }

    /** e.g. "100–200 ms", "1–2 s", "20–50 %". */
    static String label(DistributionOverTime.ValueRange range, String unit) {
        if (unit.equals("ms") && range.lower() >= 1000) {
            return number(range.lower() / 1000) + "–" + number(range.upper() / 1000) + " s";
        }
        if (unit.equals("ratio")) {
            return number(range.lower() * 100) + "–" + number(range.upper() * 100) + " %";
        }
        return number(range.lower()) + "–" + number(range.upper()) + (unit.isEmpty() ? "" : " " + unit);
    }

    private static List<TimePoint> points(List<SeriesPoint> points, DisplayUnit unit) {
        return points.stream().map(p -> new TimePoint(p.time(), unit.scaled(p.value()))).toList();
    }

    private static double maxOf(PanelReading.ModelFigure figure, DisplayUnit unit) {
        double max = figure.value() == null ? 0 : unit.scaled(figure.value());
        for (SeriesPoint point : figure.sparkline()) {
            if (point.value() != null) {
                max = Math.max(max, unit.scaled(point.value()));
            }
        }
        return max;
    }

    /** The next value on the 1-2-5 ladder above the value and a tenth, at least 1: the top of a gauge. */
    static double niceCeiling(double value) {
        double target = Math.max(1, value * 1.1);
        double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
        for (int mantissa : new int[]{1, 2, 5, 10}) {
            if (mantissa * magnitude >= target) {
                return mantissa * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ENGLISH, "%,.0f", value)
                : String.format(Locale.ENGLISH, "%s", java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
    }
}
