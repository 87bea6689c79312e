package dev.beacon.shared.ui.chart;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How the browser shows a value: JSON cannot carry ECharts' formatter functions, so the server
 * describes the format and {@code <beacon-chart>} turns the description into a function.
 */
public sealed interface Format permits ValueFormat, TimeFormat {

    /** "number" or "time": tells the browser which kind of formatter to build. */
    @JsonProperty("format")
    String format();
}
