package dev.beacon.shared.ui.chart;

import java.util.Objects;

/** The chart's heading, top left, with an optional line under it. */
public record Title(String text, String subtext, Integer left, Integer top) {

    public Title {
        Objects.requireNonNull(text, "text");
    }

    public static Title of(String text) {
        return new Title(text, null, 12, 8);
    }

    public static Title of(String text, String subtext) {
        return new Title(text, subtext, 12, 8);
    }
}
