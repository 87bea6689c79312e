package dev.beacon.dashboard.ui;

import dev.beacon.shared.ui.chart.ValueFormat;

import java.util.Locale;

/**
 * How a panel shows figures of a unit: ratios as percentages, milliseconds whole (seconds above one
 * second in text), totals as whole numbers, scores with three decimals, everything else with one.
 *
 * @param scale what stored values are multiplied by before they are shown (100 for ratios)
 */
record DisplayUnit(String unit, double scale, ValueFormat format) {

    static DisplayUnit of(String unit) {
        return switch (unit) {
            case "ms" -> new DisplayUnit(unit, 1, ValueFormat.of("ms", 0));
            case "ratio" -> new DisplayUnit(unit, 100, ValueFormat.of("%", 1));
            case "" -> new DisplayUnit(unit, 1, ValueFormat.of("", 3));
            default -> unit.contains("/")
                    ? new DisplayUnit(unit, 1, ValueFormat.of(unit, 1))
                    : new DisplayUnit(unit, 1, ValueFormat.of(unit, unit.equals("requests") ? 1 : 0));
        };
    }

    Double scaled(Double value) {
        return value == null ? null : value * scale;
    }

    /** The figure as text, e.g. "812 ms", "1.25 s", "12.5 %", "3,210 tokens"; "—" for none. */
    String text(Double value) {
        if (value == null || value.isNaN()) {
            return "—";
        }
        if (unit.equals("ms")) {
            return value >= 1000 ? String.format(Locale.ENGLISH, "%.2f s", value / 1000) : String.format(Locale.ENGLISH, "%.0f ms", value);
        }
        String number = String.format(Locale.ENGLISH, "%,." + format.decimals() + "f", scaled(value));
        return format.unit().isEmpty() ? number : number + (format.unit().equals("%") ? " %" : " " + format.unit());
    }
}
