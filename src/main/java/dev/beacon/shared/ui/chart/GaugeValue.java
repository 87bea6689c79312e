package dev.beacon.shared.ui.chart;

import java.util.Objects;

/** The value a gauge points at, with its name (shown under the number). */
public record GaugeValue(String name, double value) implements ChartPoint {

    public GaugeValue {
        Objects.requireNonNull(name, "name");
    }
}
