package dev.beacon.shared.ui.chart;

import java.util.Objects;

/**
 * ECharts' accessibility support, labelling the chart with a description. (Without one ECharts would
 * read out the first data points, raw timestamps included.) Decal patterns stay off: Beacon's palettes
 * are chosen to be told apart.
 */
public record Aria(boolean enabled, Label label) {

    public record Label(String description) {
    }

    public static Aria describedAs(String description) {
        return new Aria(true, new Label(Objects.requireNonNull(description, "description")));
    }
}
