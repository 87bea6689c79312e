package dev.beacon.dashboard.ui;

import dev.beacon.dashboard.Aggregation;
import dev.beacon.shared.ui.chart.ValueFormat;

import java.util.Locale;

/**
 * How a panel shows figures of a unit: ratios as percentages, milliseconds whole (seconds above one
 * second in text), totals as whole numbers, scores with three decimals, everything else with one.
 *
 * @param scale what stored values are multiplied by before they are shown (100 for ratios)
 */
record DisplayUnit(String unit, double scale, ValueFormat format) {

    static DisplayUnit of(String unit, Aggregation aggregation) {
        if (aggregation == Aggregation.SUM) {
            return new DisplayUnit(unit, 1, ValueFormat.of(unit, 0));
        }
        return switch (unit) {
            case "ms" -> new DisplayUnit(unit, 1, ValueFormat.of("ms", 0));
            case "ratio" -> new DisplayUnit(unit, 100, ValueFormat.of("%", 1));
            case "" -> new DisplayUnit(unit, 1, ValueFormat.of("", 3));
            default -> new DisplayUnit(unit, 1, ValueFormat.of(unit, 1));
        };
    }

    Double scaled(Double value) {
        return value == null ? null : value * scale;
    }

    /** The figure as text, e.g. "812 ms", "1.25 s", "12.5 %", "3,210 tokens"; "—" for none. */
    String text(Double value) {
        String suffix = suffix(value);
        return suffix.isEmpty() ? number(value) : number(value) + " " + suffix;
    }

    /** The number of {@link #text}, e.g. "1.25" of "1.25 s". */
    String number(Double value) {
        if (value == null || value.isNaN()) {
            return "—";
        }
        if (unit.equals("ms")) {
            return value >= 1000 ? String.format(Locale.ENGLISH, "%.2f", value / 1000) : String.format(Locale.ENGLISH, "%.0f", value);
        }
        return String.format(Locale.ENGLISH, "%,." + format.decimals() + "f", scaled(value));
    }

    /** The unit of {@link #text}, e.g. "s" of "1.25 s"; empty for none. */
    String suffix(Double value) {
        if (value == null || value.isNaN()) {
            return "";
        }
        if (unit.equals("ms")) {
            return value >= 1000 ? "s" : "ms";
        }
        return format.unit();
    }
}
