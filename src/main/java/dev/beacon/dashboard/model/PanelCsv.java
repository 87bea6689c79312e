package dev.beacon.dashboard.model;

import dev.beacon.shared.ui.chart.BarSeries;
import dev.beacon.shared.ui.chart.ChartOption;
import dev.beacon.shared.ui.chart.LineSeries;
import dev.beacon.shared.ui.chart.ScatterSeries;
import dev.beacon.shared.ui.chart.Series;
import dev.beacon.shared.ui.chart.TimePoint;
import dev.beacon.shared.ui.chart.ValueFormat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A panel's data as CSV, exactly the series the chart shows: one row per time (ISO-8601, UTC), one column
 * per series, its unit in the header, e.g. {@code time (UTC),p50 (ms),p95 (ms)}. Empty cells are gaps.
 */
final class PanelCsv {

    static final String TIME_HEADER = "time (UTC)";
    private static final MathContext SIGNIFICANT = new MathContext(10);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

    private PanelCsv() {
    }

    static String of(ChartOption option) {
        List<Series> columns = option.series().stream().filter(PanelCsv::onTimeAxis).toList();
        Map<Instant, String[]> rows = new TreeMap<>();
        for (int column = 0; column < columns.size(); column++) {
            for (var point : columns.get(column).data()) {
                TimePoint timePoint = (TimePoint) point;
                String[] row = rows.computeIfAbsent(timePoint.time(), time -> new String[columns.size()]);
                row[column] = timePoint.value() == null ? "" : number(timePoint.value());
            }
        }
        StringBuilder csv = new StringBuilder(TIME_HEADER);
        columns.forEach(series -> csv.append(',').append(cell(header(series))));
        csv.append("\r\n");
        rows.forEach((time, values) -> {
            csv.append(time.truncatedTo(ChronoUnit.SECONDS));
            for (String value : values) {
                csv.append(',').append(value == null ? "" : value);
            }
            csv.append("\r\n");
        });
        return csv.toString();
    }

    /** {@code <model>-<panel>-<from>-<to>.csv}, times in UTC, e.g. {@code llama-8b-latency-20261129T1000Z-20261130T1000Z.csv}. */
    static String fileName(String model, PanelKind panel, Instant from, Instant to) {
        String safeModel = model.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return (safeModel.isEmpty() ? "model" : safeModel) + "-" + panel.slug() + "-" + FILE_TIME.format(from) + "-"
                + FILE_TIME.format(to) + ".csv";
    }

    private static boolean onTimeAxis(Series series) {
        return series instanceof LineSeries || series instanceof BarSeries || series instanceof ScatterSeries;
    }

    private static String header(Series series) {
        String name = series.name() == null ? series.id() : series.name();
        String unit = switch (series) {
            case LineSeries line -> unit(line.tooltip());
            case BarSeries bar -> unit(bar.tooltip());
            case ScatterSeries scatter -> unit(scatter.tooltip());
            default -> "";
        };
        return unit.isEmpty() ? name : name + " (" + unit + ")";
    }

    private static String unit(Series.Tooltip tooltip) {
        return tooltip != null && tooltip.valueFormatter() instanceof ValueFormat format ? format.unit() : "";
    }

    /** At most ten significant digits: 10 rather than the 10.000000000000002 that 0.1 × 100 gives. */
    private static String number(double value) {
        return new BigDecimal(value, SIGNIFICANT).stripTrailingZeros().toPlainString();
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    private static String cell(String text) {
        return text.matches(".*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
