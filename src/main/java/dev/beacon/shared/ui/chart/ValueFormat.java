package dev.beacon.shared.ui.chart;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A number with its unit, e.g. {@code 1,250.5 ms} or {@code 99.2%}: at most {@code decimals} fraction
 * digits, thousands grouped; written as {@code {"format": "number", "unit": "ms", "decimals": 1}}.
 * An empty unit shows the bare number.
 */
public record ValueFormat(String unit, int decimals) implements Format {

    public ValueFormat {
        unit = unit == null ? "" : unit;
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0 to 6: " + decimals);
        }
    }

    public static ValueFormat of(String unit, int decimals) {
        return new ValueFormat(unit, decimals);
    }

    /** A plain count, no fraction digits and no unit. */
    public static ValueFormat count() {
        return new ValueFormat("", 0);
    }

    @Override
    @JsonProperty("format")
    public String format() {
        return "number";
    }
}
