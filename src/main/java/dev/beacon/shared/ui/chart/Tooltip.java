package dev.beacon.shared.ui.chart;

/**
 * What shows when the pointer rests on the chart. {@code axis} lists every series at the pointed time
 * (time series); {@code item} shows the one point or cell under the pointer (scatter, heat map, gauge).
 * The value format applies to series without a unit of their own; it stays inside the chart's box.
 */
public record Tooltip(String trigger, Format valueFormatter, Boolean confine) {

    public static Tooltip axis() {
        return new Tooltip("axis", null, true);
    }

    public static Tooltip axis(ValueFormat values) {
        return new Tooltip("axis", values, true);
    }

    public static Tooltip item() {
        return new Tooltip("item", null, true);
    }

    public static Tooltip item(ValueFormat values) {
        return new Tooltip("item", values, true);
    }
}
