package dev.beacon.shared.ui.chart;

import java.util.List;
import java.util.Objects;

/**
 * The colour scale of a heat map: values from {@code min} to {@code max} run through the colours of
 * {@code inRange}. Shown as a small bar on the right; drag its ends to highlight a value range.
 */
public record VisualMap(String type, double min, double max, Boolean calculable, String orient, Integer right,
                        Integer top, InRange inRange, Format formatter) {

    public record InRange(List<String> color) {
    }

    public VisualMap {
        Objects.requireNonNull(inRange, "inRange");
        if (!(min < max)) {
            throw new IllegalArgumentException("A colour scale needs min < max: " + min + ", " + max);
        }
    }

    /** From faint to the full colour: few requests are pale, many are strong. */
    public static VisualMap continuous(double min, double max, ChartColor color, ValueFormat values) {
        return new VisualMap("continuous", min, max, true, "vertical", 8, 40,
                new InRange(List.of(color.band(), color.fill())), values);
    }
}
