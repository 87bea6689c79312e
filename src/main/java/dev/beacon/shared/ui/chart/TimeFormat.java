package dev.beacon.shared.ui.chart;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A time in the user's zone: {@code short} is what an axis label needs ("14:05", or "11-29" at
 * midnight), {@code long} what a tooltip needs ("2026-11-29 14:05:30").
 */
public record TimeFormat(String style) implements Format {

    public static final TimeFormat SHORT = new TimeFormat("short");
    public static final TimeFormat LONG = new TimeFormat("long");

    public TimeFormat {
        if (!"short".equals(style) && !"long".equals(style)) {
            throw new IllegalArgumentException("style must be short or long: " + style);
        }
    }

    @Override
    @JsonProperty("format")
    public String format() {
        return "time";
    }
}
