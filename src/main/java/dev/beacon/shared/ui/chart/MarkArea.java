package dev.beacon.shared.ui.chart;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Bands behind a series' data: a time span (e.g. while an alert fired) or a value range (e.g. the
 * critical zone above a threshold), tinted and labelled. Silent, like mark lines.
 */
public record MarkArea(Boolean silent, List<List<Corner>> data) {

    /** One corner of a band; the first of a pair carries its name and colour. */
    public record Corner(String name, Long xAxis, Double yAxis, Style itemStyle, BandLabel label) {
    }

    public record Style(String color) {
    }

    public record BandLabel(String position, String color) {
    }

    public MarkArea {
        data = data.stream().map(List::copyOf).toList();
    }

    public static MarkArea of(List<List<Corner>> bands) {
        return new MarkArea(true, bands);
    }

    @SafeVarargs
    public static MarkArea of(List<Corner>... bands) {
        return new MarkArea(true, List.of(bands));
    }

    /** The whole height of the plot from {@code from} to {@code to}, e.g. "latency alert". */
    public static List<Corner> during(Instant from, Instant to, String label, ChartColor color) {
        Objects.requireNonNull(label, "label");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A band needs from < to: " + from + ", " + to);
        }
        return List.of(new Corner(label, from.toEpochMilli(), null, new Style(color.band()),
                        new BandLabel("insideTop", color.line())),
                new Corner(null, to.toEpochMilli(), null, null, null));
    }

    /** The whole width of the plot between two values, e.g. the critical zone above 2000 ms. */
    public static List<Corner> between(double low, double high, String label, ChartColor color) {
        Objects.requireNonNull(label, "label");
        if (!(low < high)) {
            throw new IllegalArgumentException("A band needs low < high: " + low + ", " + high);
        }
        return List.of(new Corner(label, null, low, new Style(color.band()), new BandLabel("insideTopLeft", color.line())),
                new Corner(null, null, high, null, null));
    }
}
