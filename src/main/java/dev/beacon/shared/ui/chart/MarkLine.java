package dev.beacon.shared.ui.chart;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Lines drawn across a series' plot: thresholds (horizontal, at a value) and events such as a version
 * change (vertical, at a time), each with its label. Silent: they show no tooltip and take no clicks,
 * so the data under them stays reachable.
 */
public record MarkLine(String symbol, Boolean silent, List<Item> data) {

    /** One line: {@code yAxis} for a threshold, {@code xAxis} (epoch millis) for a moment. */
    public record Item(String name, Double yAxis, Long xAxis, LineStyle lineStyle, ItemLabel label) {
    }

    public record LineStyle(String color, String type, Integer width) {
    }

    public record ItemLabel(String formatter, String position, String color) {
    }

    public MarkLine {
        data = List.copyOf(data);
    }

    public static MarkLine of(Item... items) {
        return new MarkLine("none", true, List.of(items));
    }

    public static MarkLine of(List<Item> items) {
        return new MarkLine("none", true, items);
    }

    /** A dashed horizontal line at {@code value}, labelled at its end, e.g. "p95 SLO 800 ms". */
    public static Item threshold(String label, double value, ChartColor color) {
        Objects.requireNonNull(label, "label");
        return new Item(label, value, null, new LineStyle(color.line(), "dashed", 1),
                new ItemLabel(label, "insideEndTop", color.line()));
    }

    /** A solid vertical line at {@code time}, labelled at its top, e.g. a new model version "v2.1". */
    public static Item at(Instant time, String label, ChartColor color) {
        Objects.requireNonNull(label, "label");
        return new Item(label, null, time.toEpochMilli(), new LineStyle(color.line(), "solid", 1),
                new ItemLabel(label, "insideEndTop", color.line()));
    }
}
